import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { GRANTS, type Actor } from '../identity/domain/roles.js';
import { ROUTINE_LIST_LIMIT } from './domain/routine.js';
import { describeEachDatabase } from '../../test/support/databases.js';
import { createGlobalCompany, createTestAgency, type TestAgency } from '../../test/support/fixtures.js';
import { changeStatus } from '../pipeline/change-status.js';
import { deleteCompany } from '../clients/delete-company.js';
import { followCompany } from '../clients/follow-company.js';
import { addNote, logCall, scheduleMeeting } from '../clients/index.js';
import { logOutreach } from '../clients/log-outreach.js';
import { readRoutine, WORKING_PAGE_SIZE, type Routine } from './read-routine.js';
import { completeReminder } from '../tasks/complete-reminder.js';
import { createReminder } from '../tasks/create-reminder.js';
import { createDossier } from '../dossiers/index.js';

/*
 * A small hand-built history. Day n is 2026-03-01 + n days at 09:00 UTC;
 * now is day 60. Thresholds: Prospect 30, Contacted 14, Meeting 21 days;
 * a follow-up is due a week after the last outreach or call.
 *
 *   Alfa     R  prospect since 20 (40 idle)                        stale 40
 *   Bravo    R  prospect since 40, hotness 80, 3 open jobs           —
 *   Charlie  R  prospect since 0, a note on 35 (25 idle)             —
 *   Delta    R  outreach 30 (→ contacted), outreach 45              stale 15, follow-up
 *   Echo     R  outreach 50; a reminder due on 59                    follow-up
 *   Foxtrot  R  outreach 10, a meeting planned on 20 for day 65      neither: the meeting lies ahead
 *   Golf     R  outreach 55, a call on 57                            —
 *   Hotel    A  meeting since 30; meetings held on 45 and 55         stale 30
 *   India    A  won on 1; Juliett A lost on 1                        never stale
 *   Kilo     A  prospect since 0, a reminder due on 62               — (the reminder lies ahead)
 *   Lima     R  prospect since 0, unfollowed on 2                    gone
 */
const day = (n: number) => new Date(Date.UTC(2026, 2, 1 + n, 9));
const on = (n: number) => () => day(n);
const NOW = 60;

describeEachDatabase('readRoutine', (ctx) => {
  let agency: TestAgency;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    const { db } = ctx;
    agency = await createTestAgency(db, 'Routine agency');
    const a = agency.admin;
    const r = agency.recruiter;
    const follow = async (actor: Actor, name: string, n: number, facts: { hotness?: number; open_jobs?: number } = {}) => {
      const globalCompanyId = await createGlobalCompany(db, name);
      if (facts.hotness !== undefined) await db.updateTable('global_companies').set(facts).where('id', '=', globalCompanyId).execute();
      ids[name] = (await followCompany(db, actor, { globalCompanyId }, on(n))).company.id;
      return ids[name]!;
    };
    const outreach = (actor: Actor, companyId: string, n: number) => logOutreach(db, actor, { companyId, channel: 'email' }, on(n));

    const alfa = await follow(r, 'Alfa', 20, { hotness: 10, open_jobs: 1 });
    await follow(r, 'Bravo', 40, { hotness: 80, open_jobs: 3 });
    const charlie = await follow(r, 'Charlie', 0, { hotness: 50, open_jobs: 2 });
    await addNote(db, r, { companyId: charlie, body: 'Na de zomer bellen' }, on(35));
    const delta = await follow(r, 'Delta', 10);
    await outreach(r, delta, 30);
    await outreach(r, delta, 45);
    const echo = await follow(r, 'Echo', 40);
    await outreach(r, echo, 50);
    await createReminder(db, r, { companyId: echo, dueAt: day(59).toISOString(), note: 'Nog geen antwoord' }, on(50));
    const foxtrot = await follow(r, 'Foxtrot', 5);
    await outreach(r, foxtrot, 10);
    await scheduleMeeting(db, r, { companyId: foxtrot, at: day(65).toISOString(), attendees: ['Femke de Vries'] }, on(20));
    const golf = await follow(r, 'Golf', 50);
    await outreach(r, golf, 55);
    await logCall(db, r, { companyId: golf, contactName: 'Gert', outcome: 'voicemail' }, on(57));
    const hotel = await follow(a, 'Hotel', 0);
    await scheduleMeeting(db, a, { companyId: hotel, at: day(45).toISOString(), attendees: ['Hanna'] }, on(28));
    await scheduleMeeting(db, a, { companyId: hotel, at: day(55).toISOString(), attendees: ['Hanna', 'Henk'] }, on(29));
    await changeStatus(db, a, { companyId: hotel, status: 'meeting' }, on(30));
    const india = await follow(a, 'India', 0);
    await changeStatus(db, a, { companyId: india, status: 'won' }, on(1));
    const juliett = await follow(a, 'Juliett', 0);
    await changeStatus(db, a, { companyId: juliett, status: 'lost', lossReason: 'no_response' }, on(1));
    const kilo = await follow(a, 'Kilo', 0, { hotness: 0, open_jobs: 0 });
    await createReminder(db, a, { companyId: kilo, dueAt: day(62).toISOString() }, on(40));
    const lima = await follow(r, 'Lima', 0, { hotness: 99, open_jobs: 9 });
    await createReminder(db, r, { companyId: lima, dueAt: day(10).toISOString() }, on(1));
    await deleteCompany(db, r, { companyId: lima }, on(2));
    // A done reminder is not due any more.
    const done = await createReminder(db, r, { companyId: alfa, dueAt: day(50).toISOString() }, on(20));
    await completeReminder(db, r, { reminderId: done.id }, on(51));

    // Another agency with a stale company, a due reminder and an upcoming meeting: none of it shows.
    const other = await createTestAgency(db, 'Other routine agency');
    const theirs = (await followCompany(db, other.recruiter, { globalCompanyId: await createGlobalCompany(db, 'Zulu') }, on(0))).company.id;
    await createReminder(db, other.recruiter, { companyId: theirs, dueAt: day(30).toISOString() }, on(0));
    await scheduleMeeting(db, other.recruiter, { companyId: theirs, at: day(61).toISOString() }, on(0));
  });

  const routine = (n: number, input: { ownerId?: string } = {}, actor: Actor = agency.manager) => readRoutine(ctx.db, actor, input, on(n));
  const names = (list: { name: string }[]) => list.map((entry) => entry.name);

  describe('today, for the whole agency', () => {
    let today: Routine;
    beforeAll(async () => {
      today = await routine(NOW);
    });

    it('lists Contacted companies a week past their last outreach, longest in Contacted first', () => {
      expect(today.followUps).toEqual([
        {
          companyId: ids.Delta,
          name: 'Delta',
          status: 'contacted',
          daysWaiting: 30,
          daysSinceOutreach: 15,
          followUps: 2,
          ownerId: agency.recruiter.userId,
          ownerName: 'recruiter Routine agency',
        },
        expect.objectContaining({ name: 'Echo', daysWaiting: 10, daysSinceOutreach: 10, followUps: 1 }),
      ]);
    });

    it('lists upcoming meetings soonest first and those of the last seven days', () => {
      expect(today.meetings.upcoming).toEqual([
        { companyId: ids.Foxtrot, name: 'Foxtrot', at: day(65), attendees: ['Femke de Vries'], ownerId: agency.recruiter.userId, ownerName: 'recruiter Routine agency' },
      ]);
      expect(today.meetings.recent.map((m) => [m.name, m.at, m.attendees])).toEqual([['Hotel', day(55), ['Hanna', 'Henk']]]);
    });

    it('lists prospects to contact, hottest first, without unfollowed companies', () => {
      expect(today.prospects.map((p) => [p.name, p.hotness, p.openJobs, p.noAgencies])).toEqual([
        ['Bravo', 80, 3, false],
        ['Charlie', 50, 2, false],
        ['Alfa', 10, 1, false],
        ['Kilo', 0, 0, false],
      ]);
    });

    it('lists the open reminders that are due, not done ones, future ones or those of unfollowed companies', () => {
      expect(today.reminders).toEqual([
        {
          id: expect.any(String),
          companyId: ids.Echo,
          dossierId: null,
          dossierKind: null,
          name: 'Echo',
          dueAt: day(59),
          note: 'Nog geen antwoord',
          kind: 'manual',
          reason: null,
          reasonData: null,
          userId: agency.recruiter.userId,
          userName: 'recruiter Routine agency',
        },
      ]);
    });

    it('lists stale companies, longest idle first, each with its stage threshold', () => {
      expect(today.stale.map((s) => [s.name, s.status, s.staleDays, s.thresholdDays])).toEqual([
        ['Alfa', 'prospect', 40, 30],
        ['Hotel', 'meeting', 30, 21],
        ['Delta', 'contacted', 15, 14],
      ]);
      expect(today).toMatchObject({ asOf: day(NOW), ownerId: null });
    });
  });

  it("shows one user's day: the companies they own and the reminders for them", async () => {
    const mine = await routine(NOW, { ownerId: agency.admin.userId });
    expect(mine.ownerId).toBe(agency.admin.userId);
    expect(names(mine.followUps)).toEqual([]);
    expect(names(mine.prospects)).toEqual(['Kilo']);
    expect(names(mine.meetings.recent)).toEqual(['Hotel']);
    expect(names(mine.meetings.upcoming)).toEqual([]);
    expect(names(mine.stale)).toEqual(['Hotel']);
    expect(mine.reminders).toEqual([]);
    expect(names((await routine(62, { ownerId: agency.admin.userId })).reminders)).toEqual(['Kilo']);
  });

  it('shows recruiters and viewers their own day only: their own without an owner, 403 for a colleague', async () => {
    const own = await routine(NOW, {}, agency.recruiter);
    expect(own.ownerId).toBe(agency.recruiter.userId);
    expect(own).toEqual(await routine(NOW, { ownerId: agency.recruiter.userId }, agency.recruiter));
    expect(own).toEqual(await routine(NOW, { ownerId: agency.recruiter.userId }));
    expect(names(own.prospects)).toEqual(['Bravo', 'Charlie', 'Alfa']);
    expect(names(own.reminders)).toEqual(['Echo']);
    // The viewer owns nothing and has no reminders: an empty day, not the agency's.
    const viewers = await routine(62, {}, agency.viewer);
    expect(viewers).toMatchObject({ ownerId: agency.viewer.userId, followUps: [], prospects: [], reminders: [], stale: [] });
    for (const [actor, ownerId] of [
      [agency.recruiter, agency.admin.userId],
      [agency.viewer, agency.recruiter.userId],
      [agency.viewer, agency.admin.userId],
    ] as const) {
      await expect(routine(62, { ownerId }, actor)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
    // Admins and managers see anyone's day, and the whole agency's.
    expect(names((await routine(62, { ownerId: agency.admin.userId }, agency.manager)).reminders)).toEqual(['Kilo']);
    expect(names((await routine(62, { ownerId: agency.recruiter.userId }, agency.admin)).reminders)).toEqual(['Echo']);
    expect((await routine(NOW, {}, agency.admin)).ownerId).toBeNull();
  });

  it('lists the due reminders on leads and opportunities too, by title, to whoever may view that kind', async () => {
    const other = await createTestAgency(ctx.db, 'Routine dossiers');
    const lead = await createDossier(ctx.db, other.recruiter, { kind: 'lead', title: 'Zorgteam Noord' }, on(50));
    const opportunity = await createDossier(ctx.db, other.recruiter, { kind: 'opportunity', title: 'Raamcontract 2026' }, on(50));
    await createReminder(ctx.db, other.recruiter, { dossierId: lead.id, dueAt: day(58).toISOString(), note: 'Terugbellen' }, on(50));
    await createReminder(ctx.db, other.recruiter, { dossierId: opportunity.id, dueAt: day(61).toISOString() }, on(50));
    const mine = await routine(NOW, {}, other.recruiter);
    expect(mine.reminders).toEqual([
      expect.objectContaining({ companyId: null, dossierId: lead.id, dossierKind: 'lead', name: 'Zorgteam Noord', dueAt: day(58), note: 'Terugbellen', userId: other.recruiter.userId }),
    ]);
    expect((await routine(62, {}, other.recruiter)).reminders.map((r) => r.name)).toEqual(['Zorgteam Noord', 'Raamcontract 2026']);
    // Who may not view leads does not see a lead's task (an agency-wide day included).
    const noLeads: Actor = { ...other.admin, permissions: new Set(GRANTS.admin.filter((permission) => permission !== 'leads:view')) };
    expect((await routine(62, {}, noLeads)).reminders.map((r) => r.name)).toEqual(['Raamcontract 2026']);
  });

  describe('stale detection with a clock', () => {
    it('applies each stage its own threshold', async () => {
      // Bravo entered Prospect on day 40: stale after 30 days, not 14 or 21.
      expect(names((await routine(70)).stale)).not.toContain('Bravo');
      expect((await routine(71)).stale.find((s) => s.name === 'Bravo')).toMatchObject({ staleDays: 31, thresholdDays: 30 });
      // Golf's last touch was the call on day 57: Contacted's 14 days are up on day 72.
      expect(names((await routine(71)).stale)).not.toContain('Golf');
      expect((await routine(72)).stale.find((s) => s.name === 'Golf')).toMatchObject({ staleDays: 15, thresholdDays: 14 });
    });

    it('never marks Won or Lost stale', async () => {
      const later = await routine(400);
      expect(names(later.stale)).not.toContain('India');
      expect(names(later.stale)).not.toContain('Juliett');
      expect(names(later.stale)).toContain('Charlie');
    });

    it('is suppressed while a meeting or reminder lies ahead, and back once it has passed', async () => {
      expect(names((await routine(64)).stale)).not.toContain('Foxtrot');
      expect(names((await routine(64)).followUps)).not.toContain('Foxtrot');
      // Day 65 09:00 is the meeting itself; a minute later it has passed.
      const after = await readRoutine(ctx.db, agency.manager, {}, () => new Date(day(65).getTime() + 60_000));
      expect(after.stale.find((s) => s.name === 'Foxtrot')).toMatchObject({ status: 'contacted', staleDays: 45 });
      expect(after.followUps.find((f) => f.name === 'Foxtrot')).toMatchObject({ daysWaiting: 55, daysSinceOutreach: 55, followUps: 1 });
      expect(names((await routine(61)).stale)).not.toContain('Kilo');
      expect((await routine(63)).stale.find((s) => s.name === 'Kilo')).toMatchObject({ staleDays: 63 });
    });

    it('restarts the wait at any activity', async () => {
      await addNote(ctx.db, agency.recruiter, { companyId: ids.Alfa!, body: 'Website bekeken' }, on(NOW));
      await logCall(ctx.db, agency.recruiter, { companyId: ids.Delta!, contactName: 'Dirk', outcome: 'no_answer' }, on(NOW));
      const today = await routine(NOW);
      expect(names(today.stale)).toEqual(['Hotel']);
      // The call is a follow-up: Delta waits again, and counts three.
      expect(names(today.followUps)).toEqual(['Echo']);
      expect((await routine(NOW + 7)).followUps.find((f) => f.name === 'Delta')).toMatchObject({ daysSinceOutreach: 7, followUps: 3 });
      expect((await routine(NOW + 31)).stale.find((s) => s.name === 'Alfa')).toMatchObject({ staleDays: 31 });
    });
  });

  it('refuses a malformed owner', async () => {
    await expect(routine(NOW, { ownerId: 'nobody' })).rejects.toMatchObject({ code: 'VALIDATION' });
  });

  /*
   * More candidates than the lists hold, read a few at a time; a plain read
   * of all candidates in one page is the reference. Now is day 400; every
   * Contacted company is due a follow-up.
   *
   * Paging agency: the follow-ups are final first, the stale list later.
   *   Prospect A    prospect since 1                            stale 399
   *   Touched       contacted since 5, a note on 370            follow-up 395; stale only 30: pushed out
   *   Filler 00–46  contacted two at a time, days 10–33         both lists, 390 down to 367 days
   *   Filler 40–46  … and a note on 390                         not stale
   *   Tie 6 … 1     contacted minutes before day 100, 6 first   300 days each: the follow-up cut, by name
   *   Tie 0         the same, and a call on 390                 10 days since outreach: after the other ties; not stale
   *   Later 0–9     contacted since 150–159                     250 down to 241 days
   *   Prospect C, D prospect since day 150, 21:00 and 22:00     249 days, as Later 1: the stale cut, by name
   *   Prospect B    prospect since 200                          stale 200
   * The recruiter and the admin own every other company.
   *
   * Prospects agency: the stale list is final first, then only Contacted
   * companies are read, for follow-ups short of the limit.
   *   Old 00–49     prospect since 1–50                         stale 399 down to 350
   *   Old 50–54     prospect since 60–64                        stale, pushed out
   *   Waiting 0–2   contacted since 300, 320 and 380            follow-ups
   * (Its companies entered their stages a microsecond after those moments.)
   */
  describe('reading candidates a page at a time', () => {
    const NOW_PAGING = 400;
    const SINGLE_PAGE = 10_000;
    let paging: TestAgency;
    let prospects: TestAgency;
    let reference: Routine;

    beforeAll(async () => {
      const { db } = ctx;
      paging = await createTestAgency(db, 'Paging agency');
      prospects = await createTestAgency(db, 'Prospects agency');
      let count = 0;
      const follow = async (agency: TestAgency, name: string, at: Date) => {
        const globalCompanyId = await createGlobalCompany(db, name);
        const owner = count++ % 2 === 0 ? agency.recruiter : agency.admin;
        return (await followCompany(db, owner, { globalCompanyId }, () => at)).company.id;
      };
      const contacted = async (agency: TestAgency, name: string, at: Date) => {
        const companyId = await follow(agency, name, day(0));
        await logOutreach(db, agency.recruiter, { companyId, channel: 'email' }, () => at);
        return companyId;
      };
      const minutes = (n: number) => n * 60_000;

      await follow(paging, 'Prospect A', day(1));
      const touched = await contacted(paging, 'Touched', day(5));
      await addNote(db, paging.recruiter, { companyId: touched, body: 'Nieuwe vestiging' }, on(370));
      // Two at the same moment: a page can end between them.
      for (let i = 0; i < 47; i++) {
        const filler = await contacted(paging, `Filler ${String(i).padStart(2, '0')}`, day(10 + Math.floor(i / 2)));
        if (i >= 40) await addNote(db, paging.recruiter, { companyId: filler, body: 'Nog even wachten' }, on(390));
      }
      for (let i = 6; i >= 0; i--) {
        const tie = await contacted(paging, `Tie ${i}`, new Date(day(100).getTime() - minutes(i + 1)));
        if (i === 0) await logCall(db, paging.recruiter, { companyId: tie, contactName: 'Tom', outcome: 'no_answer' }, on(390));
      }
      for (let i = 0; i < 10; i++) await contacted(paging, `Later ${i}`, day(150 + i));
      await follow(paging, 'Prospect C', new Date(day(150).getTime() + minutes(12 * 60)));
      await follow(paging, 'Prospect D', new Date(day(150).getTime() + minutes(13 * 60)));
      await follow(paging, 'Prospect B', day(200));

      for (let i = 0; i < 55; i++) await follow(prospects, `Old ${String(i).padStart(2, '0')}`, day(i < 50 ? 1 + i : 10 + i));
      for (const [i, n] of [300, 320, 380].entries()) await contacted(prospects, `Waiting ${i}`, day(n));
      // A moment written by SQL can be finer than a Date holds: the next page must still start after it.
      await sql`update companies set client_status_changed_at = client_status_changed_at + interval '1 microsecond'
        where agency_id = ${prospects.agencyId}`.execute(db);

      reference = await readRoutine(db, paging.manager, {}, on(NOW_PAGING), SINGLE_PAGE);
    });

    it('cuts both lists at the limit, ties at the cut ordered by the next keys', () => {
      const fillers = Array.from({ length: 47 }, (_, i) => `Filler ${String(i).padStart(2, '0')}`);
      expect(names(reference.followUps)).toEqual(['Touched', ...fillers, 'Tie 1', 'Tie 2']);
      expect(reference.followUps.at(-1)).toMatchObject({ daysWaiting: 300, daysSinceOutreach: 300 });
      const ties = ['Tie 1', 'Tie 2', 'Tie 3', 'Tie 4', 'Tie 5', 'Tie 6'];
      expect(names(reference.stale)).toEqual(['Prospect A', ...fillers.slice(0, 40), ...ties, 'Later 0', 'Later 1', 'Prospect C']);
      expect(reference.stale[0]).toMatchObject({ staleDays: 399, thresholdDays: 30 });
      expect(reference.stale.at(-1)).toMatchObject({ staleDays: 249, status: 'prospect' });
      expect(reference.stale.length).toBe(ROUTINE_LIST_LIMIT);
    });

    it('reads the same lists, in the same order, whatever the page size', async () => {
      // A page of 1 ends at every company: at each tie (stopping at a tie would keep Prospect D, or Tie 6
      // and Tie 5) and between the fillers of the same moment; 3 and 7 end at other places.
      for (const pageSize of [1, 2, 3, 7, 50, WORKING_PAGE_SIZE]) {
        expect(await readRoutine(ctx.db, paging.manager, {}, on(NOW_PAGING), pageSize)).toEqual(reference);
      }
    });

    it('reads on for follow-ups once the stale list is final', async () => {
      const all = await readRoutine(ctx.db, prospects.manager, {}, on(NOW_PAGING), SINGLE_PAGE);
      expect(names(all.stale)).toEqual(Array.from({ length: 50 }, (_, i) => `Old ${String(i).padStart(2, '0')}`));
      expect(names(all.followUps)).toEqual(['Waiting 0', 'Waiting 1', 'Waiting 2']);
      for (const pageSize of [1, 3, 7, 50]) {
        expect(await readRoutine(ctx.db, prospects.manager, {}, on(NOW_PAGING), pageSize)).toEqual(all);
      }
    });

    it("reads one owner's companies alone, the same whatever the page size", async () => {
      for (const owner of [paging.recruiter, paging.admin]) {
        const all = await readRoutine(ctx.db, paging.manager, { ownerId: owner.userId }, on(NOW_PAGING), SINGLE_PAGE);
        expect(all.followUps.length).toBeGreaterThan(20);
        expect([...all.followUps, ...all.stale].every((entry) => entry.ownerId === owner.userId)).toBe(true);
        for (const pageSize of [1, 3, 7]) {
          expect(await readRoutine(ctx.db, paging.manager, { ownerId: owner.userId }, on(NOW_PAGING), pageSize)).toEqual(all);
        }
      }
    });

    it('agrees on other days too, some with lists short of the limit', async () => {
      for (const n of [20, 60, 110, 160, 300, 800]) {
        const all = await readRoutine(ctx.db, paging.manager, {}, on(n), SINGLE_PAGE);
        expect(await readRoutine(ctx.db, paging.manager, {}, on(n), 3)).toEqual(all);
      }
    });
  });
});
