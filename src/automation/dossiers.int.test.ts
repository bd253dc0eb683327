import { beforeAll, expect, it } from 'vitest';
import type { Actor } from '../identity/domain/roles.js';
import { describeEachDatabase } from '../../test/support/databases.js';
import { createTestAgency, type TestAgency } from '../../test/support/fixtures.js';
import { changeDossierStage } from '../dossiers/change-dossier-stage.js';
import { createDossier } from '../dossiers/create-dossier.js';
import { deleteDossier } from '../dossiers/delete-dossier.js';
import { appendDossierActivity, lockLiveDossier, moveDossierToStage } from '../pipeline/index.js';
import type { Db } from '../platform/db/database.js';
import { DAY_MS } from '../platform/time/days.js';
import { completeReminder } from '../tasks/complete-reminder.js';
import { createReminder } from '../tasks/create-reminder.js';
import { listNotifications } from '../tasks/list-notifications.js';
import { listReminders } from '../tasks/list-reminders.js';
import { createGroup, createRule, drainOutbox, installAutomation, listDossierGroups, listRules, scanRules, setDossierGroups } from './index.js';

installAutomation();

/*
 * Trigger rules on leads and opportunities (SPEC R4.6, docs/automation.md):
 * every event and action on an opportunity, one on a lead, a gate refusal,
 * a rollback, the idle rule once per wait with two runners, and isolation.
 */

const T0 = new Date('2027-03-01T09:00:00.000Z');
const at = (days: number) => () => new Date(T0.getTime() + days * DAY_MS);

describeEachDatabase('trigger rules on leads and opportunities', (ctx) => {
  let a: TestAgency;
  let b: TestAgency;
  const rule = (actor: Actor, input: Record<string, unknown>, clock?: () => Date) => createRule(ctx.db, actor, { name: 'Rule', pipelineKind: 'opportunities', ...input } as never, clock);
  const opportunity = async (actor: Actor, title = 'Uitzendkrachten Q3', clock?: () => Date) => (await createDossier(ctx.db, actor, { kind: 'opportunity', title, value: 25000 }, clock)).id;
  const lead = async (actor: Actor, title = 'Nieuwe lead') => (await createDossier(ctx.db, actor, { kind: 'lead', title })).id;
  const stageOf = async (db: Db, agencyId: string, id: string) => (await db.selectFrom('dossiers').select('stage').where('agency_id', '=', agencyId).where('id', '=', id).executeTakeFirstOrThrow()).stage;
  const groupNames = async (db: Db, agencyId: string, id: string) =>
    (
      await db
        .selectFrom('automation_group_members as m')
        .innerJoin('automation_groups as g', (j) => j.onRef('g.agency_id', '=', 'm.agency_id').onRef('g.id', '=', 'm.group_id'))
        .select('g.name')
        .where('m.agency_id', '=', agencyId)
        .where('m.record_id', '=', id)
        .orderBy('g.name')
        .execute()
    ).map((r) => r.name);
  const timeline = (agencyId: string, id: string) => ctx.db.selectFrom('dossier_activities').selectAll().where('agency_id', '=', agencyId).where('dossier_id', '=', id).orderBy('seq').execute();
  const firings = (agencyId: string) => ctx.db.selectFrom('automation_firings').selectAll().where('agency_id', '=', agencyId).orderBy('fired_at').orderBy('id').execute();

  beforeAll(async () => {
    a = await createTestAgency(ctx.db, 'Dossier rules A');
    b = await createTestAgency(ctx.db, 'Dossier rules B');
  });

  it('opportunity created → add to group (automatic, naming the rule); added to group → a task for the owner, listed on the opportunity', async () => {
    const agency = await createTestAgency(ctx.db, 'Created');
    const fresh = await createGroup(ctx.db, agency.admin, { name: 'Nieuw' });
    const created = await rule(agency.admin, { name: 'New into Nieuw', event: { type: 'record_created' }, actions: [{ type: 'add_to_group', groupId: fresh.id }] });
    await rule(agency.admin, { name: 'Nieuw → task', event: { type: 'added_to_group', groupId: fresh.id }, actions: [{ type: 'create_task', dueInDays: 2, note: 'Bellen' }] });
    // A company rule and a lead rule on the same events act on no opportunity.
    await createRule(ctx.db, agency.admin, { name: 'Clients only', pipelineKind: 'clients', event: { type: 'record_created' }, actions: [{ type: 'create_task', dueInDays: 1 }] });
    const id = await opportunity(agency.recruiter);
    expect(await groupNames(ctx.db, agency.agencyId, id)).toEqual(['Nieuw']);
    expect(await listDossierGroups(ctx.db, agency.viewer, { dossierId: id })).toEqual([{ id: fresh.id, name: 'Nieuw' }]);
    const entries = await timeline(agency.agencyId, id);
    expect(entries.find((e) => e.activity_type === 'group_added')).toMatchObject({ user_id: null, extra_data: expect.objectContaining({ automatic: true, ruleId: created.id, ruleName: 'New into Nieuw' }) });
    expect(entries.find((e) => e.activity_type === 'automation_action')).toMatchObject({ user_id: null, extra_data: expect.objectContaining({ action: 'create_task', userId: agency.recruiter.userId }) });
    const tasks = await listReminders(ctx.db, agency.viewer, { dossierId: id });
    expect(tasks).toEqual([expect.objectContaining({ dossierId: id, dossierKind: 'opportunity', companyId: null, userId: agency.recruiter.userId, note: 'Bellen (trigger "Nieuw → task")' })]);
    // The owner ticks it off like a company's task.
    expect((await completeReminder(ctx.db, agency.recruiter, { reminderId: tasks[0]!.id })).doneAt).not.toBeNull();
    const listed = await listRules(ctx.db, agency.admin);
    expect(listed.items.find((r) => r.id === created.id)!.lastFirings[0]).toMatchObject({ recordKind: 'opportunity', recordId: id, recordName: 'Uitzendkrachten Q3' });
  });

  it('stage changed to X → notify through the outbox naming the opportunity, sent once; the notification links to it', async () => {
    const agency = await createTestAgency(ctx.db, 'Notify');
    await rule(agency.admin, { event: { type: 'stage_changed', stage: 'proposal' }, conditions: [{ type: 'field', field: 'value', operator: 'greater_than', value: 10000 }], actions: [{ type: 'notify', userIds: [agency.manager.userId], owner: true, message: 'Voorstel verstuurd' }] });
    const id = await opportunity(agency.recruiter);
    await changeDossierStage(ctx.db, agency.recruiter, { dossierId: id, stage: 'proposal' });
    const outbox = await ctx.db.selectFrom('automation_outbox').selectAll().where('agency_id', '=', agency.agencyId).execute();
    expect(outbox.map((row) => [row.company_id, row.dossier_id])).toEqual([[null, id], [null, id]]);
    await drainOutbox(ctx.db, at(0));
    await drainOutbox(ctx.db, at(0));
    const page = await listNotifications(ctx.db, agency.manager);
    expect(page.items).toEqual([expect.objectContaining({ kind: 'automation', companyId: null, companyName: null, dossier: { id, kind: 'opportunity', title: 'Uitzendkrachten Q3' }, message: 'Voorstel verstuurd' })]);
    expect((await listNotifications(ctx.db, agency.recruiter)).items).toHaveLength(1);
  });

  it('stage group changed → remove from group; change stage through the stage writer naming the rule; a gate refuses a move: refused, not forced', async () => {
    const agency = await createTestAgency(ctx.db, 'Gates');
    const hot = await createGroup(ctx.db, agency.admin, { name: 'Hot' });
    const push = await createGroup(ctx.db, agency.admin, { name: 'Push' });
    await rule(agency.admin, { name: 'Closing leaves Hot', event: { type: 'stage_group_changed', group: 'closing' }, actions: [{ type: 'remove_from_group', groupId: hot.id }] });
    const refused = await rule(agency.admin, { name: 'Hot → Lost', event: { type: 'added_to_group', groupId: hot.id }, actions: [{ type: 'change_stage', stage: 'lost' }] });
    const mover = await rule(agency.admin, { name: 'Push → Negotiation', event: { type: 'added_to_group', groupId: push.id }, actions: [{ type: 'change_stage', stage: 'negotiation' }] });
    const id = await opportunity(agency.recruiter);
    await setDossierGroups(ctx.db, agency.recruiter, { dossierId: id, groupIds: [hot.id] });
    // Lost wants a loss reason the rule cannot give: the move is not made, and the firing says so.
    expect(await stageOf(ctx.db, agency.agencyId, id)).toBe('identified');
    const [firing] = await firings(agency.agencyId);
    expect(firing).toMatchObject({ rule_id: refused.id, record_kind: 'opportunity', outcome: 'refused' });
    expect(firing!.details.actions[0]).toMatchObject({ type: 'change_stage', outcome: 'refused', detail: expect.stringMatching(/LOSS_REASON_REQUIRED|GATES_REQUIRED/) });
    // Into Push: the rule moves it to Negotiation (closing group), which takes it out of Hot.
    await setDossierGroups(ctx.db, agency.recruiter, { dossierId: id, groupIds: [hot.id, push.id] });
    expect(await stageOf(ctx.db, agency.agencyId, id)).toBe('negotiation');
    expect(await groupNames(ctx.db, agency.agencyId, id)).toEqual(['Push']);
    const entries = await timeline(agency.agencyId, id);
    expect(entries.find((e) => e.activity_type === 'status_change')).toMatchObject({ user_id: null, new_status: 'negotiation', extra_data: expect.objectContaining({ automatic: true, ruleId: mover.id, ruleName: 'Push → Negotiation' }) });
    expect(entries.filter((e) => e.activity_type === 'group_removed')).toEqual([expect.objectContaining({ user_id: null, extra_data: expect.objectContaining({ groupName: 'Hot', automatic: true }) })]);
  });

  it('a lead: created → change stage, and a task on the lead; an opportunity rule does not act on it', async () => {
    const agency = await createTestAgency(ctx.db, 'Lead');
    const leadRule = await createRule(ctx.db, agency.admin, { name: 'Bel nieuwe leads', pipelineKind: 'leads', event: { type: 'record_created' }, conditions: [{ type: 'owner', userIds: [agency.recruiter.userId] }], actions: [{ type: 'change_stage', stage: 'contacting' }, { type: 'create_task', dueInDays: 1 }] });
    const stalled = await createGroup(ctx.db, agency.admin, { name: 'Opp' });
    await rule(agency.admin, { event: { type: 'record_created' }, actions: [{ type: 'add_to_group', groupId: stalled.id }] });
    const id = await lead(agency.recruiter);
    expect(await stageOf(ctx.db, agency.agencyId, id)).toBe('contacting');
    expect(await groupNames(ctx.db, agency.agencyId, id)).toEqual([]);
    expect((await timeline(agency.agencyId, id)).find((e) => e.activity_type === 'status_change')).toMatchObject({ extra_data: expect.objectContaining({ ruleId: leadRule.id }) });
    expect(await listReminders(ctx.db, agency.recruiter, { dossierId: id })).toEqual([expect.objectContaining({ dossierKind: 'lead' })]);
    // The owner condition: someone else's lead stays where it was.
    const other = await lead(agency.manager);
    expect(await stageOf(ctx.db, agency.agencyId, other)).toBe('new');
  });

  it('an entry whose writer did not say the dossier kind fires the rules of its kind, read once a rule may match', async () => {
    const agency = await createTestAgency(ctx.db, 'Unknown kind');
    const id = await lead(agency.recruiter);
    const group = await createGroup(ctx.db, agency.admin, { name: 'Lead again' });
    await createRule(ctx.db, agency.admin, { name: 'Leads', pipelineKind: 'leads', event: { type: 'record_created' }, actions: [{ type: 'add_to_group', groupId: group.id }] });
    await rule(agency.admin, { name: 'Opportunities', event: { type: 'record_created' }, actions: [{ type: 'create_task', dueInDays: 1 }] });
    await ctx.db.transaction().execute((trx) => appendDossierActivity(trx, { agencyId: agency.agencyId, dossierId: id, type: 'created', userId: agency.recruiter.userId, createdAt: new Date(), description: 'again' }));
    expect(await groupNames(ctx.db, agency.agencyId, id)).toEqual(['Lead again']);
    expect((await firings(agency.agencyId)).map((f) => f.record_kind)).toEqual(['lead']);
  });

  it('a rolled-back dossier move leaves no automatic change, no outbox row and no firing', async () => {
    const agency = await createTestAgency(ctx.db, 'Rollback');
    const group = await createGroup(ctx.db, agency.admin, { name: 'Voorstel' });
    await rule(agency.admin, { event: { type: 'stage_changed', stage: 'proposal' }, actions: [{ type: 'add_to_group', groupId: group.id }, { type: 'notify', userIds: [], owner: true, message: 'x' }, { type: 'create_task', dueInDays: 1 }] });
    const id = await opportunity(agency.recruiter);
    await expect(
      ctx.db.transaction().execute(async (trx) => {
        const dossier = await lockLiveDossier(trx, agency.agencyId, id);
        await moveDossierToStage(trx, dossier, agency.recruiter.userId, { to: 'proposal' }, new Date());
        expect(await groupNames(trx as unknown as Db, agency.agencyId, id)).toEqual(['Voorstel']);
        throw new Error('the event fails after its rules ran');
      }),
    ).rejects.toThrow('the event fails');
    expect(await stageOf(ctx.db, agency.agencyId, id)).toBe('identified');
    expect(await groupNames(ctx.db, agency.agencyId, id)).toEqual([]);
    expect(await ctx.db.selectFrom('automation_outbox').select('id').where('agency_id', '=', agency.agencyId).execute()).toHaveLength(0);
    expect(await ctx.db.selectFrom('reminders').select('id').where('agency_id', '=', agency.agencyId).execute()).toHaveLength(0);
    expect(await firings(agency.agencyId)).toHaveLength(0);
  });

  it('idle N days on opportunities → group and a task for the owner, once per wait with two runners at once; a deleted one is left alone', async () => {
    const agency = await createTestAgency(ctx.db, 'Idle');
    const stalled = await createGroup(ctx.db, agency.admin, { name: 'Stalled' });
    await rule(agency.admin, { name: 'Stil 14 dagen', event: { type: 'idle', days: 14 }, actions: [{ type: 'add_to_group', groupId: stalled.id }, { type: 'create_task', dueInDays: 1 }] }, at(0));
    const id = await opportunity(agency.recruiter, 'Stil', at(0));
    const gone = await opportunity(agency.recruiter, 'Weg', at(0));
    await deleteDossier(ctx.db, agency.recruiter, { dossierId: gone }, at(0));
    const quietLead = (await createDossier(ctx.db, agency.recruiter, { kind: 'lead', title: 'Stille lead' }, at(0))).id;
    await scanRules(ctx.db, at(14));
    expect(await groupNames(ctx.db, agency.agencyId, id)).toEqual([]);
    await Promise.all([scanRules(ctx.db, at(15)), scanRules(ctx.db, at(15))]);
    await scanRules(ctx.db, at(16));
    expect(await groupNames(ctx.db, agency.agencyId, id)).toEqual(['Stalled']);
    expect(await groupNames(ctx.db, agency.agencyId, gone)).toEqual([]);
    expect(await groupNames(ctx.db, agency.agencyId, quietLead)).toEqual([]);
    expect(await firings(agency.agencyId)).toHaveLength(1);
    expect(await listReminders(ctx.db, agency.recruiter, { dossierId: id })).toEqual([expect.objectContaining({ userId: agency.recruiter.userId, note: 'Trigger "Stil 14 dagen"' })]);
    // The firing's own entries started a new wait.
    await scanRules(ctx.db, at(29));
    expect(await firings(agency.agencyId)).toHaveLength(1);
    await scanRules(ctx.db, at(30));
    expect(await firings(agency.agencyId)).toHaveLength(2);
  });

  it('deleting an opportunity hides its tasks as a deleted company hides its own, and rules no longer act on it', async () => {
    const agency = await createTestAgency(ctx.db, 'Delete');
    const id = await opportunity(agency.recruiter);
    const task = await createReminder(ctx.db, agency.recruiter, { dossierId: id, dueAt: new Date(Date.now() + DAY_MS).toISOString(), note: 'Nabellen' });
    expect(task).toMatchObject({ dossierId: id, dossierKind: 'opportunity', companyId: null });
    await deleteDossier(ctx.db, agency.recruiter, { dossierId: id });
    await expect(listReminders(ctx.db, agency.recruiter, { dossierId: id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(completeReminder(ctx.db, agency.recruiter, { reminderId: task.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it("another agency's rules never fire on your dossiers, nor reach their groups and tasks", async () => {
    const bGroup = await createGroup(ctx.db, b.admin, { name: 'B only' });
    await rule(b.admin, { event: { type: 'record_created' }, actions: [{ type: 'add_to_group', groupId: bGroup.id }, { type: 'create_task', dueInDays: 1 }] });
    const id = await opportunity(a.recruiter);
    expect(await groupNames(ctx.db, a.agencyId, id)).toEqual([]);
    expect(await ctx.db.selectFrom('reminders').select('id').where('dossier_id', '=', id).execute()).toHaveLength(0);
    expect(await ctx.db.selectFrom('automation_firings').select('id').where('record_id', '=', id).execute()).toHaveLength(0);
    await expect(setDossierGroups(ctx.db, a.recruiter, { dossierId: id, groupIds: [bGroup.id] })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    for (const call of [
      () => setDossierGroups(ctx.db, b.admin, { dossierId: id, groupIds: [] }),
      () => listDossierGroups(ctx.db, b.admin, { dossierId: id }),
      () => listReminders(ctx.db, b.admin, { dossierId: id }),
      () => createReminder(ctx.db, b.admin, { dossierId: id, dueAt: new Date(Date.now() + DAY_MS).toISOString() }),
    ]) {
      await expect(call()).rejects.toMatchObject({ code: 'NOT_FOUND' });
    }
    // The database refuses a task naming another agency's dossier, whatever the code does.
    await expect(ctx.db.insertInto('reminders').values({ agency_id: b.agencyId, dossier_id: id, user_id: b.recruiter.userId, due_at: new Date(), kind: 'manual', created_by: b.recruiter.userId, created_at: new Date() }).execute()).rejects.toThrow();
    // … and one naming both a company and a dossier, or neither.
    await expect(ctx.db.insertInto('reminders').values({ agency_id: a.agencyId, user_id: a.recruiter.userId, due_at: new Date(), kind: 'manual', created_by: a.recruiter.userId, created_at: new Date() }).execute()).rejects.toThrow();
  });

  it('refuses the company-only events for leads and opportunities with a field error', async () => {
    for (const pipelineKind of ['leads', 'opportunities']) {
      for (const type of ['new_jobs', 'all_jobs_closed']) {
        await expect(createRule(ctx.db, a.admin, { name: 'Jobs', pipelineKind, event: { type }, actions: [{ type: 'create_task', dueInDays: 1 }] } as never)).rejects.toMatchObject({
          code: 'VALIDATION',
          data: { issues: [expect.objectContaining({ path: 'event.type', message: expect.stringContaining('companies only') })] },
        });
      }
    }
    // A stage of the opportunities pipelines is a stage for their rules; a clients stage is not.
    await expect(rule(a.admin, { event: { type: 'stage_changed', stage: 'prospect' }, actions: [{ type: 'create_task', dueInDays: 1 }] })).rejects.toMatchObject({ code: 'VALIDATION', data: { issues: [expect.objectContaining({ path: 'event.stage' })] } });
  });
});
