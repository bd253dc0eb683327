import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../identity/domain/index.js';
import type { Db } from '../platform/db/database.js';
import { describeEachDatabase } from '../../test/support/databases.js';
import { companyInStatus, createGlobalCompany, createTestAgency, followNewCompany, snapshot, type TestAgency } from '../../test/support/fixtures.js';
import { runJobs } from '../platform/jobs/run-jobs.js';
import { suggestRemindersJob } from './suggest-reminders.job.js';
import { changeStatus } from '../pipeline/change-status.js';
import { followCompany } from '../clients/follow-company.js';
import { scheduleMeeting } from '../clients/index.js';
import { logOutreach } from '../clients/log-outreach.js';
import { completeReminder } from './complete-reminder.js';
import { createReminder } from './create-reminder.js';
import { deleteReminder } from './delete-reminder.js';
import { listReminders } from './list-reminders.js';
import { refreshSuggestedReminders } from './suggest-reminders.js';
import { updateCompany } from '../clients/update-company.js';
import { DAY_MS } from '../platform/time/days.js';
import { clientStage, deal } from '../pipeline/domain/index.js';
import { createPipeline } from '../pipeline/index.js';

const NOW = new Date('2026-11-23T09:00:00.000Z');
const at = (days: number) => new Date(NOW.getTime() + days * DAY_MS);
const clock = () => NOW;

/** A second recruiter in the agency: a colleague who neither set nor holds the reminders. */
async function addRecruiterTo(db: Db, agency: TestAgency): Promise<Actor> {
  const user = await db
    .insertInto('users')
    .values({ agency_id: agency.agencyId, email: `colleague-${randomUUID()}@example.test`, name: 'Colleague', password_hash: 'not-a-login', role: 'recruiter', branch_id: null })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { agencyId: agency.agencyId, userId: user.id, role: 'recruiter' };
}

describeEachDatabase('reminders', (ctx) => {
  const addRecruiter = (agency: TestAgency) => addRecruiterTo(ctx.db, agency);
  let agency: TestAgency;
  let other: TestAgency;
  beforeAll(async () => {
    agency = await createTestAgency(ctx.db, 'Reminder agency');
    other = await createTestAgency(ctx.db, 'Other reminder agency');
  });

  describe('set by hand', () => {
    it('sets one for yourself or a colleague, lists open ones by due date and then done ones', async () => {
      const { db } = ctx;
      const companyId = await followNewCompany(db, agency.recruiter);
      const mine = await createReminder(db, agency.recruiter, { companyId, dueAt: '2026-11-30T10:00:00+01:00', note: '  Bellen over de offerte  ' }, clock);
      expect(mine).toEqual({
        id: expect.any(String),
        companyId,
        dossierId: null,
        dossierKind: null,
        userId: agency.recruiter.userId,
        userName: 'recruiter Reminder agency',
        dueAt: new Date('2026-11-30T09:00:00Z'),
        note: 'Bellen over de offerte',
        kind: 'manual',
        reason: null,
        reasonData: null,
        createdBy: agency.recruiter.userId,
        createdAt: NOW,
        doneAt: null,
        doneBy: null,
      });
      const theirs = await createReminder(db, agency.recruiter, { companyId, dueAt: at(2).toISOString(), userId: agency.manager.userId }, clock);
      expect(theirs).toMatchObject({ userId: agency.manager.userId, note: null, createdBy: agency.recruiter.userId });
      // A moment in the past is allowed: it is due at once.
      const overdue = await createReminder(db, agency.recruiter, { companyId, dueAt: at(-3).toISOString() }, clock);
      const done = await completeReminder(db, agency.manager, { reminderId: theirs.id }, () => at(1));
      expect(done).toMatchObject({ doneAt: at(1), doneBy: agency.manager.userId });
      // Done again: nothing changes.
      expect(await completeReminder(db, agency.admin, { reminderId: theirs.id }, () => at(5))).toEqual(done);

      const listed = await listReminders(db, agency.viewer, { companyId });
      expect(listed.map((r) => r.id)).toEqual([overdue.id, mine.id, theirs.id]);
    });

    it('deletes an open manual reminder, but keeps done and suggested ones', async () => {
      const { db } = ctx;
      const companyId = await followNewCompany(db, agency.recruiter);
      const open = await createReminder(db, agency.recruiter, { companyId, dueAt: at(1).toISOString() }, clock);
      await deleteReminder(db, agency.admin, { reminderId: open.id });
      expect(await listReminders(db, agency.recruiter, { companyId })).toEqual([]);
      await expect(deleteReminder(db, agency.admin, { reminderId: open.id })).rejects.toMatchObject({ code: 'NOT_FOUND', data: { entity: 'Reminder' } });

      const done = await createReminder(db, agency.recruiter, { companyId, dueAt: at(1).toISOString() }, clock);
      await completeReminder(db, agency.recruiter, { reminderId: done.id }, clock);
      await expect(deleteReminder(db, agency.recruiter, { reminderId: done.id })).rejects.toMatchObject({ code: 'CONFLICT' });

      await db
        .insertInto('reminders')
        .values({ agency_id: agency.agencyId, company_id: companyId, user_id: agency.recruiter.userId, due_at: NOW, kind: 'suggested', reason_key: 'stage_follow_up', dedupe_key: `test:${companyId}`, created_at: NOW })
        .execute();
      const suggested = (await listReminders(db, agency.recruiter, { companyId })).find((r) => r.kind === 'suggested')!;
      await expect(deleteReminder(db, agency.recruiter, { reminderId: suggested.id })).rejects.toMatchObject({ code: 'CONFLICT', message: /marking it done/ });
    });

    it.each([
      [{ dueAt: 'morgen' }, /dueAt: must be an ISO 8601 date-time with offset/],
      [{ dueAt: '2026-12-01T10:00:00' }, /dueAt: must be an ISO 8601 date-time with offset/],
      [{ dueAt: '2026-12-01' }, /dueAt/],
      [{ dueAt: '2026-02-30T10:00:00Z' }, /dueAt/],
      [{ dueAt: '2025-11-01T10:00:00Z' }, /dueAt: must be within the last year or later/],
      [{ dueAt: '2032-01-01T10:00:00Z' }, /dueAt: must be within 5 years from now/],
      [{ dueAt: 20261201 }, /dueAt/],
      [{}, /dueAt/],
      [{ dueAt: '2026-12-01T10:00:00Z', note: 'x'.repeat(5_001) }, /note: must be at most 5000 characters/],
      [{ dueAt: '2026-12-01T10:00:00Z', userId: 'jan' }, /userId: must be a UUID/],
      [{ dueAt: '2026-12-01T10:00:00Z', snooze: true }, /snooze/],
    ])('refuses %j and writes nothing', async (fields, message) => {
      const { db } = ctx;
      const companyId = await followNewCompany(db, agency.recruiter);
      const before = await snapshot(db, agency.agencyId);
      await expect(createReminder(db, agency.recruiter, { companyId, ...fields } as never, clock)).rejects.toMatchObject({ code: 'VALIDATION', message: expect.stringMatching(message) });
      expect(await snapshot(db, agency.agencyId)).toEqual(before);
    });

    it('refuses a colleague from another agency, and viewers', async () => {
      const { db } = ctx;
      const companyId = await followNewCompany(db, agency.recruiter);
      await expect(createReminder(db, agency.recruiter, { companyId, dueAt: at(1).toISOString(), userId: other.admin.userId }, clock)).rejects.toMatchObject({
        code: 'NOT_FOUND',
        data: { entity: 'User' },
      });
      await expect(createReminder(db, agency.viewer, { companyId, dueAt: at(1).toISOString() }, clock)).rejects.toMatchObject({ code: 'FORBIDDEN' });
      const reminder = await createReminder(db, agency.recruiter, { companyId, dueAt: at(1).toISOString() }, clock);
      await expect(completeReminder(db, agency.viewer, { reminderId: reminder.id }, clock)).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(deleteReminder(db, agency.viewer, { reminderId: reminder.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    });

    it('is completed or deleted by its assignee, its creator, managers and admins; another recruiter gets FORBIDDEN and changes nothing', async () => {
      const { db } = ctx;
      const colleague = await addRecruiter(agency);
      const companyId = await followNewCompany(db, agency.recruiter);
      const set = (by: Actor, userId = by.userId) => createReminder(db, by, { companyId, dueAt: at(1).toISOString(), userId }, clock);

      // The recruiter's reminder for the manager: neither theirs nor by them for the colleague.
      const forManager = await set(agency.recruiter, agency.manager.userId);
      const before = await snapshot(db, agency.agencyId);
      await expect(completeReminder(db, colleague, { reminderId: forManager.id }, clock)).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(deleteReminder(db, colleague, { reminderId: forManager.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
      expect(await snapshot(db, agency.agencyId)).toEqual(before);
      // Its assignee completes it, its creator could delete it.
      expect(await completeReminder(db, agency.manager, { reminderId: forManager.id }, clock)).toMatchObject({ doneBy: agency.manager.userId });
      await deleteReminder(db, agency.recruiter, { reminderId: (await set(agency.recruiter, agency.manager.userId)).id });
      // The manager's reminder for the recruiter: the assignee completes it.
      expect(await completeReminder(db, agency.recruiter, { reminderId: (await set(agency.manager, agency.recruiter.userId)).id }, clock)).toMatchObject({
        doneBy: agency.recruiter.userId,
      });
      // Managers and admins close anyone's.
      expect(await completeReminder(db, agency.manager, { reminderId: (await set(colleague)).id }, clock)).toMatchObject({ doneBy: agency.manager.userId });
      await deleteReminder(db, agency.admin, { reminderId: (await set(colleague)).id });
      await deleteReminder(db, agency.manager, { reminderId: (await set(agency.recruiter)).id });

      // A suggestion (no creator) is dismissed by its assignee, not by another recruiter.
      await db
        .insertInto('reminders')
        .values({ agency_id: agency.agencyId, company_id: companyId, user_id: agency.recruiter.userId, due_at: NOW, kind: 'suggested', reason_key: 'stage_follow_up', dedupe_key: `rights:${companyId}`, created_at: NOW })
        .execute();
      const suggested = (await listReminders(db, colleague, { companyId })).find((r) => r.kind === 'suggested')!;
      await expect(completeReminder(db, colleague, { reminderId: suggested.id }, clock)).rejects.toMatchObject({ code: 'FORBIDDEN' });
      expect(await completeReminder(db, agency.recruiter, { reminderId: suggested.id }, clock)).toMatchObject({ doneBy: agency.recruiter.userId });
    });

    it("treats another agency's reminder as not found and changes nothing", async () => {
      const { db } = ctx;
      const companyId = await followNewCompany(db, agency.recruiter);
      const reminder = await createReminder(db, agency.recruiter, { companyId, dueAt: at(1).toISOString() }, clock);
      const before = await snapshot(db, agency.agencyId);
      for (const attempt of [completeReminder(db, other.admin, { reminderId: reminder.id }, clock), deleteReminder(db, other.admin, { reminderId: reminder.id })]) {
        await expect(attempt).rejects.toMatchObject({ code: 'NOT_FOUND', data: { entity: 'Reminder', id: reminder.id } });
      }
      await expect(listReminders(db, other.admin, { companyId })).rejects.toMatchObject({ code: 'NOT_FOUND', data: { entity: 'Company' } });
      expect(await snapshot(db, agency.agencyId)).toEqual(before);
    });
  });

  describe('suggested by the rules', () => {
    const suggestionsOf = async (companyId: string) =>
      (await listReminders(ctx.db, agency.admin, { companyId })).filter((r) => r.kind === 'suggested');

    it('suggests a follow-up a week after the last outreach, once, however often the job runs', async () => {
      const { db } = ctx;
      const companyId = (await followCompany(db, agency.recruiter, { globalCompanyId: await createGlobalCompany(db) }, () => at(-30))).company.id;
      await logOutreach(db, agency.recruiter, { companyId, channel: 'email' }, () => at(-10));
      await logOutreach(db, agency.manager, { companyId, channel: 'phone_call' }, () => at(-8));

      await runJobs(db, { clock, force: true, jobs: [suggestRemindersJob] });
      const first = await suggestionsOf(companyId);
      expect(first).toEqual([
        expect.objectContaining({
          userId: agency.recruiter.userId,
          kind: 'suggested',
          reason: 'stage_follow_up',
          reasonData: { stage: 'contacted', stageName: { nl: 'Gecontacteerd', en: 'Contacted' }, afterDays: 7 },
          dueAt: at(-1),
          createdBy: null,
          createdAt: NOW,
          doneAt: null,
          note: expect.stringContaining('follow up'),
        }),
      ]);
      await runJobs(db, { clock: () => at(0.5), force: true, jobs: [suggestRemindersJob] });
      await refreshSuggestedReminders(db, () => at(1));
      expect(await suggestionsOf(companyId)).toEqual(first);

      // Dismissed: not suggested again for the same wait.
      await completeReminder(db, agency.recruiter, { reminderId: first[0]!.id }, () => at(1));
      await refreshSuggestedReminders(db, () => at(2));
      expect((await suggestionsOf(companyId)).filter((r) => r.doneAt === null)).toEqual([]);
    });

    it('retires a suggestion once the company was followed up, and suggests the next a week later', async () => {
      const { db } = ctx;
      const companyId = (await followCompany(db, agency.recruiter, { globalCompanyId: await createGlobalCompany(db) }, () => at(-30))).company.id;
      await logOutreach(db, agency.recruiter, { companyId, channel: 'email' }, () => at(-9));
      await refreshSuggestedReminders(db, clock);
      const [first] = await suggestionsOf(companyId);
      expect(first).toMatchObject({ doneAt: null });

      await logOutreach(db, agency.recruiter, { companyId, channel: 'linkedin_message' }, () => at(1));
      const run = await refreshSuggestedReminders(db, () => at(2));
      expect(run.retired).toBeGreaterThanOrEqual(1);
      expect(await suggestionsOf(companyId)).toEqual([expect.objectContaining({ id: first!.id, doneAt: at(2), doneBy: null })]);

      await refreshSuggestedReminders(db, () => at(8));
      const open = (await suggestionsOf(companyId)).filter((r) => r.doneAt === null);
      expect(open).toEqual([expect.objectContaining({ dueAt: at(8), reason: 'stage_follow_up' })]);

      // Moving on to Meeting retires it too.
      await changeStatus(db, agency.recruiter, { companyId, status: 'meeting' }, () => at(9));
      await refreshSuggestedReminders(db, () => at(9));
      expect((await suggestionsOf(companyId)).filter((r) => r.doneAt === null)).toEqual([]);
    });

    it('leaves a company with an open reminder or a meeting ahead alone', async () => {
      const { db } = ctx;
      const withReminder = await companyInStatus(db, agency.recruiter, 'contacted');
      await createReminder(db, agency.recruiter, { companyId: withReminder, dueAt: at(20).toISOString() }, clock);
      const withMeeting = await companyInStatus(db, agency.recruiter, 'contacted');
      await scheduleMeeting(db, agency.recruiter, { companyId: withMeeting, at: at(40).toISOString() }, clock);
      await refreshSuggestedReminders(db, () => at(30));
      expect(await suggestionsOf(withReminder)).toEqual([]);
      expect(await suggestionsOf(withMeeting)).toEqual([]);
      // Once the meeting has passed with the company still in Contacted, a follow-up is due.
      await refreshSuggestedReminders(db, () => at(41));
      expect(await suggestionsOf(withMeeting)).toHaveLength(1);
    });

    it('suggests revisiting a lost company after 120 days, for whoever moved it there when nobody owns it', async () => {
      const { db } = ctx;
      const companyId = (await followCompany(db, agency.recruiter, { globalCompanyId: await createGlobalCompany(db) }, () => at(-200))).company.id;
      await changeStatus(db, agency.manager, { companyId, status: 'lost', lossReason: 'in_house_team' }, () => at(-120));
      await updateCompany(db, agency.admin, { companyId, ownerId: null }, () => at(-119));
      await refreshSuggestedReminders(db, () => at(-1));
      expect(await suggestionsOf(companyId)).toEqual([]);
      await refreshSuggestedReminders(db, clock);
      expect(await suggestionsOf(companyId)).toEqual([expect.objectContaining({ userId: agency.manager.userId, reason: 'stage_revisit', dueAt: NOW })]);
    });

    it('writes each suggestion once when two runs race (PostgreSQL: two instances; PGlite: one after the other)', async () => {
      const { db } = ctx;
      const companyIds = [];
      for (let i = 0; i < 5; i++) {
        const companyId = (await followCompany(db, agency.recruiter, { globalCompanyId: await createGlobalCompany(db) }, () => at(-40))).company.id;
        await logOutreach(db, agency.recruiter, { companyId, channel: 'email' }, () => at(-20));
        companyIds.push(companyId);
      }
      const [first, second] = await Promise.all([
        runJobs(db, { clock, force: true, jobs: [suggestRemindersJob] }),
        runJobs(db, { clock, force: true, jobs: [suggestRemindersJob] }),
        // And one without the advisory lock: the dedupe key decides.
        refreshSuggestedReminders(db, clock),
      ]);
      expect([...first, ...second].filter((o) => o.status === 'ran').length).toBeGreaterThanOrEqual(1);
      for (const companyId of companyIds) expect(await suggestionsOf(companyId)).toHaveLength(1);
    });

    describe("from other pipelines' stages", () => {
      let deals: TestAgency;
      let clients: TestAgency;
      const suggestionsIn = async (owner: TestAgency, companyId: string) =>
        (await listReminders(ctx.db, owner.admin, { companyId })).filter((r) => r.kind === 'suggested');
      beforeAll(async () => {
        deals = await createTestAgency(ctx.db, 'Deal reminder agency');
        await createPipeline(ctx.db, deals.admin, { templateKey: deal.key, isDefault: true });
        clients = await createTestAgency(ctx.db, 'Client stage reminder agency');
        await createPipeline(ctx.db, clients.admin, { templateKey: clientStage.key, isDefault: true });
      });

      it('follows up a proposal after the Client stage pipeline\'s 4 days, naming its stage', async () => {
        const { db } = ctx;
        const companyId = (await followCompany(db, clients.recruiter, { globalCompanyId: await createGlobalCompany(db) }, () => at(-10))).company.id;
        await changeStatus(db, clients.recruiter, { companyId, status: 'proposal_sent' }, () => at(-4));
        await refreshSuggestedReminders(db, () => at(-1));
        expect(await suggestionsIn(clients, companyId)).toEqual([]);
        await refreshSuggestedReminders(db, clock);
        expect(await suggestionsIn(clients, companyId)).toEqual([
          expect.objectContaining({
            userId: clients.recruiter.userId,
            reason: 'stage_follow_up',
            reasonData: { stage: 'proposal_sent', stageName: { nl: 'Voorstel verstuurd', en: 'Proposal sent' }, afterDays: 4 },
            dueAt: NOW,
            note: 'No progress 4 days after the last follow-up in Proposal sent: follow up.',
          }),
        ]);
      });

      it('reminds the owner on the day to resume a record On hold, once per hold', async () => {
        const { db } = ctx;
        const companyId = (await followCompany(db, deals.recruiter, { globalCompanyId: await createGlobalCompany(db) }, () => at(-20))).company.id;
        const hold = (resumeAt: string, when: Date) =>
          changeStatus(db, deals.manager, { companyId, status: 'on_hold', holdReason: 'Budget bevroren tot het nieuwe jaar', resumeAt }, () => when);
        await hold('2026-12-01', at(-10));
        // The day before: nothing yet, however often the job runs.
        await runJobs(db, { clock: () => new Date('2026-11-30T23:59:59Z'), force: true, jobs: [suggestRemindersJob] });
        expect(await suggestionsIn(deals, companyId)).toEqual([]);
        const onTheDay = () => new Date('2026-12-01T07:00:00Z');
        await runJobs(db, { clock: onTheDay, force: true, jobs: [suggestRemindersJob] });
        await refreshSuggestedReminders(db, onTheDay);
        const [first, ...more] = await suggestionsIn(deals, companyId);
        expect(more).toEqual([]);
        expect(first).toMatchObject({
          userId: deals.recruiter.userId,
          reason: 'on_hold_resume',
          reasonData: { stage: 'on_hold', stageName: { nl: 'Wachtend', en: 'On hold' }, resumeAt: '2026-12-01' },
          dueAt: new Date('2026-12-01T00:00:00Z'),
          doneAt: null,
        });

        // Resumed: the reminder is retired. A second hold gets its own on its own day.
        const entry = deal.stages.find((stage) => stage.key === 'qualification')!.checklist.filter((item) => item.phase === 'entry');
        const checklist = entry.map((item) => `qualification.${item.key}`);
        await changeStatus(db, deals.recruiter, { companyId, status: 'qualification', checklist }, () => new Date('2026-12-02T09:00:00Z'));
        await refreshSuggestedReminders(db, () => new Date('2026-12-02T10:00:00Z'));
        expect(await suggestionsIn(deals, companyId)).toEqual([expect.objectContaining({ id: first!.id, doneAt: new Date('2026-12-02T10:00:00Z'), doneBy: null })]);
        await hold('2026-12-01', new Date('2026-12-03T09:00:00Z'));
        await refreshSuggestedReminders(db, () => new Date('2026-12-03T10:00:00Z'));
        const second = (await suggestionsIn(deals, companyId)).filter((r) => r.doneAt === null);
        expect(second).toEqual([expect.objectContaining({ reason: 'on_hold_resume', dueAt: new Date('2026-12-01T00:00:00Z') })]);
        expect(second[0]!.id).not.toBe(first!.id);
      });
    });
  });
});
