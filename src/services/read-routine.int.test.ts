import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../domain/roles.js';
import type { Db } from '../db/schema.js';
import { describeEachDatabase } from '../../test/support/databases.js';
import { createGlobalCompany, createTestAgency, type TestAgency } from '../../test/support/fixtures.js';
import { changeStatus } from './change-status.js';
import { deleteCompany } from './delete-company.js';
import { followCompany } from './follow-company.js';
import { addNote, logCall, scheduleMeeting } from './log-activity.js';
import { logOutreach } from './log-outreach.js';
import { readRoutine, type Routine } from './read-routine.js';
import { completeReminder, createReminder } from './reminders.js';

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

  const routine = (n: number, input: { ownerId?: string } = {}, actor: Actor = agency.viewer) => readRoutine(ctx.db, actor, input, on(n));
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
          name: 'Echo',
          dueAt: day(59),
          note: 'Nog geen antwoord',
          kind: 'manual',
          reason: null,
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
      const after = await readRoutine(ctx.db, agency.viewer, {}, () => new Date(day(65).getTime() + 60_000));
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
});
