import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../identity/domain/roles.js';
import { describeEachDatabase } from '../../test/support/databases.js';
import { createTestAgency, followNewCompany, type TestAgency } from '../../test/support/fixtures.js';
import { changeStatus } from '../pipeline/change-status.js';
import { lockLiveCompany, moveToStage } from '../pipeline/index.js';
import { logOutreach } from '../clients/log-outreach.js';
import { DAY_MS } from '../platform/time/days.js';
import { createGroup, createRule, drainOutbox, installAutomation, listRules, scanRules, setCompanyGroups, switchBuiltInRule, updateRule } from './index.js';
import type { Db } from '../platform/db/database.js';

installAutomation();

const T0 = new Date('2027-01-04T09:00:00.000Z');
const at = (days: number) => () => new Date(T0.getTime() + days * DAY_MS);

async function stageOf(db: Db, agencyId: string, companyId: string) {
  return (await db.selectFrom('companies').select('client_status').where('agency_id', '=', agencyId).where('id', '=', companyId).executeTakeFirstOrThrow()).client_status;
}
async function groupNames(db: Db, agencyId: string, companyId: string) {
  const rows = await db
    .selectFrom('automation_group_members as m')
    .innerJoin('automation_groups as g', (j) => j.onRef('g.agency_id', '=', 'm.agency_id').onRef('g.id', '=', 'm.group_id'))
    .select('g.name')
    .where('m.agency_id', '=', agencyId)
    .where('m.record_id', '=', companyId)
    .orderBy('g.name')
    .execute();
  return rows.map((r) => r.name);
}
async function timeline(db: Db, agencyId: string, companyId: string) {
  return db.selectFrom('client_company_activities').selectAll().where('agency_id', '=', agencyId).where('company_id', '=', companyId).orderBy('seq').execute();
}
async function firings(db: Db, agencyId: string) {
  return db.selectFrom('automation_firings').selectAll().where('agency_id', '=', agencyId).orderBy('fired_at').execute();
}

describeEachDatabase('trigger rules', (ctx) => {
  let a: TestAgency;
  let b: TestAgency;
  const rule = (actor: Actor, input: Record<string, unknown>) => createRule(ctx.db, actor, { name: 'Rule', pipelineKind: 'clients', ...input } as never);

  beforeAll(async () => {
    a = await createTestAgency(ctx.db, 'Automation A');
    b = await createTestAgency(ctx.db, 'Automation B');
  });

  it('record created → add to group, on the timeline as automatic naming the rule; added to group → a task for the owner', async () => {
    const agency = await createTestAgency(ctx.db, 'Created');
    const fresh = await createGroup(ctx.db, agency.admin, { name: 'Nieuw' });
    const created = await rule(agency.admin, { name: 'New into Nieuw', event: { type: 'record_created' }, actions: [{ type: 'add_to_group', groupId: fresh.id }] });
    await rule(agency.admin, { name: 'Nieuw → task', event: { type: 'added_to_group', groupId: fresh.id }, actions: [{ type: 'create_task', dueInDays: 2, note: 'Bellen' }] });
    const companyId = await followNewCompany(ctx.db, agency.recruiter);
    expect(await groupNames(ctx.db, agency.agencyId, companyId)).toEqual(['Nieuw']);
    const entries = await timeline(ctx.db, agency.agencyId, companyId);
    const added = entries.find((e) => e.activity_type === 'group_added')!;
    expect(added.user_id).toBeNull();
    expect(added.extra_data).toMatchObject({ automatic: true, ruleId: created.id, ruleName: 'New into Nieuw', groupName: 'Nieuw' });
    const task = entries.find((e) => e.activity_type === 'automation_action')!;
    expect(task).toMatchObject({ user_id: null, extra_data: expect.objectContaining({ action: 'create_task', ruleName: 'Nieuw → task', userId: agency.recruiter.userId }) });
    const reminders = await ctx.db.selectFrom('reminders').selectAll().where('agency_id', '=', agency.agencyId).where('company_id', '=', companyId).execute();
    expect(reminders).toHaveLength(1);
    expect(reminders[0]).toMatchObject({ user_id: agency.recruiter.userId, note: 'Bellen (trigger "Nieuw → task")' });
  });

  it('stage changed to X → notify through the outbox, sent once by the drain', async () => {
    const agency = await createTestAgency(ctx.db, 'Notify');
    const r = await rule(agency.admin, { event: { type: 'stage_changed', stage: 'meeting' }, actions: [{ type: 'notify', userIds: [agency.manager.userId], owner: true, message: 'Afspraak gepland' }] });
    const companyId = await followNewCompany(ctx.db, agency.recruiter);
    await changeStatus(ctx.db, agency.recruiter, { companyId, status: 'contacted' });
    expect(await ctx.db.selectFrom('automation_outbox').select('id').where('agency_id', '=', agency.agencyId).execute()).toHaveLength(0);
    await changeStatus(ctx.db, agency.recruiter, { companyId, status: 'meeting' });
    expect(await ctx.db.selectFrom('automation_outbox').select('user_id').where('agency_id', '=', agency.agencyId).where('sent_at', 'is', null).execute()).toHaveLength(2);
    const none = await ctx.db.selectFrom('notifications').select('id').where('agency_id', '=', agency.agencyId).where('kind', '=', 'automation').execute();
    expect(none).toHaveLength(0);
    await drainOutbox(ctx.db, at(0));
    await drainOutbox(ctx.db, at(0));
    const sent = await ctx.db.selectFrom('notifications').selectAll().where('agency_id', '=', agency.agencyId).where('kind', '=', 'automation').execute();
    expect(sent.map((n) => n.user_id).sort()).toEqual([agency.manager.userId, agency.recruiter.userId].sort());
    expect(sent[0]!.payload).toEqual({ ruleName: r.name, message: 'Afspraak gepland' });
  });

  it('stage group changed to Y → remove from group; a stage move a gate refuses is recorded as refused, not forced', async () => {
    const agency = await createTestAgency(ctx.db, 'Gates');
    const hot = await createGroup(ctx.db, agency.admin, { name: 'Hot' });
    await rule(agency.admin, { name: 'Closed leaves Hot', event: { type: 'stage_group_changed', group: 'closed' }, actions: [{ type: 'remove_from_group', groupId: hot.id }] });
    const refused = await rule(agency.admin, { name: 'Hot → Lost', event: { type: 'added_to_group', groupId: hot.id }, actions: [{ type: 'change_stage', stage: 'lost' }] });
    const companyId = await followNewCompany(ctx.db, agency.recruiter);
    await setCompanyGroups(ctx.db, agency.recruiter, { companyId, groupIds: [hot.id] });
    // Lost wants a loss reason: the rule cannot give one, so the move is not made.
    expect(await stageOf(ctx.db, agency.agencyId, companyId)).toBe('prospect');
    const [firing] = await firings(ctx.db, agency.agencyId);
    expect(firing).toMatchObject({ rule_id: refused.id, outcome: 'refused' });
    expect(firing!.details.actions[0]).toMatchObject({ type: 'change_stage', outcome: 'refused', detail: expect.stringMatching(/LOSS_REASON_REQUIRED|GATES_REQUIRED/) });
    const listed = await listRules(ctx.db, agency.admin);
    expect(listed.items.find((r) => r.id === refused.id)!.lastFirings[0]).toMatchObject({ outcome: 'refused', recordId: companyId });
    await changeStatus(ctx.db, agency.recruiter, { companyId, status: 'won' });
    expect(await groupNames(ctx.db, agency.agencyId, companyId)).toEqual([]);
  });

  it('change stage through the stage writer, marked automatic and naming the rule', async () => {
    const agency = await createTestAgency(ctx.db, 'Move');
    const vip = await createGroup(ctx.db, agency.admin, { name: 'VIP' });
    const r = await rule(agency.admin, { name: 'VIP → Meeting', event: { type: 'added_to_group', groupId: vip.id }, conditions: [{ type: 'stage', stages: ['contacted'] }], actions: [{ type: 'change_stage', stage: 'meeting' }] });
    const companyId = await followNewCompany(ctx.db, agency.recruiter);
    await setCompanyGroups(ctx.db, agency.recruiter, { companyId, groupIds: [vip.id] });
    expect(await stageOf(ctx.db, agency.agencyId, companyId)).toBe('prospect'); // the condition did not hold
    await setCompanyGroups(ctx.db, agency.recruiter, { companyId, groupIds: [] });
    await changeStatus(ctx.db, agency.recruiter, { companyId, status: 'contacted' });
    await setCompanyGroups(ctx.db, agency.recruiter, { companyId, groupIds: [vip.id] });
    expect(await stageOf(ctx.db, agency.agencyId, companyId)).toBe('meeting');
    const move = (await timeline(ctx.db, agency.agencyId, companyId)).at(-1)!;
    expect(move).toMatchObject({ activity_type: 'status_change', user_id: null, new_status: 'meeting', extra_data: expect.objectContaining({ automatic: true, ruleId: r.id, ruleName: 'VIP → Meeting' }) });
  });

  it('a rule is never deleted, so every firing names a rule that exists (the firing log holds no lock on it)', async () => {
    const agency = await createTestAgency(ctx.db, 'Kept');
    const r = await rule(agency.admin, { event: { type: 'record_created' }, actions: [{ type: 'create_task', dueInDays: 1 }] });
    await followNewCompany(ctx.db, agency.recruiter);
    await expect(ctx.db.deleteFrom('automation_rules').where('agency_id', '=', agency.agencyId).where('id', '=', r.id).execute()).rejects.toThrow(/switched off, not deleted/);
    const orphans = await ctx.db
      .selectFrom('automation_firings as f')
      .leftJoin('automation_rules as r', (j) => j.onRef('r.agency_id', '=', 'f.agency_id').onRef('r.id', '=', 'f.rule_id'))
      .select('f.id')
      .where('f.rule_id', 'is not', null)
      .where('r.id', 'is', null)
      .execute();
    expect(orphans).toEqual([]);
    expect((await firings(ctx.db, agency.agencyId)).map((f) => f.rule_id)).toEqual([r.id]);
  });

  it('a rolled-back event leaves no automatic change, no outbox row and no notification', async () => {
    const agency = await createTestAgency(ctx.db, 'Rollback');
    const group = await createGroup(ctx.db, agency.admin, { name: 'Contacted' });
    await rule(agency.admin, { event: { type: 'stage_changed', stage: 'contacted' }, actions: [{ type: 'add_to_group', groupId: group.id }, { type: 'notify', userIds: [], owner: true, message: 'x' }] });
    const companyId = await followNewCompany(ctx.db, agency.recruiter);
    await expect(
      ctx.db.transaction().execute(async (trx) => {
        const company = await lockLiveCompany(trx, agency.agencyId, companyId);
        await moveToStage(trx, company, agency.recruiter.userId, { to: 'contacted' }, new Date());
        expect(await groupNames(trx as unknown as Db, agency.agencyId, companyId)).toEqual(['Contacted']);
        throw new Error('the event fails after its rules ran');
      }),
    ).rejects.toThrow('the event fails');
    expect(await stageOf(ctx.db, agency.agencyId, companyId)).toBe('prospect');
    expect(await groupNames(ctx.db, agency.agencyId, companyId)).toEqual([]);
    expect(await ctx.db.selectFrom('automation_outbox').select('id').where('agency_id', '=', agency.agencyId).execute()).toHaveLength(0);
    expect(await firings(ctx.db, agency.agencyId)).toHaveLength(0);
    await drainOutbox(ctx.db, at(0));
    expect(await ctx.db.selectFrom('notifications').select('id').where('agency_id', '=', agency.agencyId).execute()).toHaveLength(0);
  });

  it('two rules that would ping-pong stop at the depth limit, each firing once per event', async () => {
    const agency = await createTestAgency(ctx.db, 'Loop');
    const x = await createGroup(ctx.db, agency.admin, { name: 'X' });
    const y = await createGroup(ctx.db, agency.admin, { name: 'Y' });
    await rule(agency.admin, { name: 'X → Y', event: { type: 'added_to_group', groupId: x.id }, actions: [{ type: 'remove_from_group', groupId: x.id }, { type: 'add_to_group', groupId: y.id }] });
    await rule(agency.admin, { name: 'Y → X', event: { type: 'added_to_group', groupId: y.id }, actions: [{ type: 'remove_from_group', groupId: y.id }, { type: 'add_to_group', groupId: x.id }] });
    const companyId = await followNewCompany(ctx.db, agency.recruiter);
    await setCompanyGroups(ctx.db, agency.recruiter, { companyId, groupIds: [x.id] });
    const log = await firings(ctx.db, agency.agencyId);
    // Depth 0, 1 and 2 act; the fourth link is refused and recorded. (All four fire in one transaction, at one moment: their order in the log is not theirs.)
    expect(log.map((f) => f.outcome).sort()).toEqual(['done', 'done', 'done', 'refused']);
    expect(log.find((f) => f.outcome === 'refused')!.details.actions[0]).toMatchObject({ type: 'depth_limit' });
    expect(new Set(log.map((f) => `${f.rule_id}|${f.event_key}`)).size).toBe(log.length);
  });

  it('idle N days → group and task, firing exactly once per wait', async () => {
    const agency = await createTestAgency(ctx.db, 'Idle');
    const stalled = await createGroup(ctx.db, agency.admin, { name: 'Stalled' });
    await createRule(ctx.db, agency.admin, { name: 'Idle 14 days', pipelineKind: 'clients', event: { type: 'idle', days: 14 }, actions: [{ type: 'add_to_group', groupId: stalled.id }, { type: 'create_task', dueInDays: 1 }] }, at(0));
    const companyId = (await import('../clients/follow-company.js')).followCompany;
    const { createGlobalCompany } = await import('../../test/support/fixtures.js');
    const company = (await companyId(ctx.db, agency.recruiter, { globalCompanyId: await createGlobalCompany(ctx.db) }, at(0))).company.id;
    await scanRules(ctx.db, at(14));
    expect(await groupNames(ctx.db, agency.agencyId, company)).toEqual([]);
    // Two runs at once (two instances on PostgreSQL) and a third later: one firing for this wait.
    await Promise.all([scanRules(ctx.db, at(15)), scanRules(ctx.db, at(15))]);
    await scanRules(ctx.db, at(16));
    expect(await groupNames(ctx.db, agency.agencyId, company)).toEqual(['Stalled']);
    expect(await firings(ctx.db, agency.agencyId)).toHaveLength(1);
    expect(await ctx.db.selectFrom('reminders').select('id').where('agency_id', '=', agency.agencyId).execute()).toHaveLength(1);
    // The firing's own entries started a new wait: 14 days after it, it fires once more.
    await scanRules(ctx.db, at(29));
    expect(await firings(ctx.db, agency.agencyId)).toHaveLength(1);
    await scanRules(ctx.db, at(30));
    expect(await firings(ctx.db, agency.agencyId)).toHaveLength(2);
  });

  it("one agency's rules never act on another's records, nor name its groups or users", async () => {
    const bGroup = await createGroup(ctx.db, b.admin, { name: 'B only' });
    await rule(b.admin, { event: { type: 'record_created' }, actions: [{ type: 'add_to_group', groupId: bGroup.id }] });
    const companyId = await followNewCompany(ctx.db, a.recruiter);
    expect(await groupNames(ctx.db, a.agencyId, companyId)).toEqual([]);
    await expect(rule(a.admin, { event: { type: 'record_created' }, actions: [{ type: 'add_to_group', groupId: bGroup.id }] })).rejects.toMatchObject({ code: 'VALIDATION' });
    await expect(rule(a.admin, { event: { type: 'record_created' }, actions: [{ type: 'create_task', userId: b.recruiter.userId, dueInDays: 1 }] })).rejects.toMatchObject({ code: 'VALIDATION' });
    await expect(setCompanyGroups(ctx.db, a.recruiter, { companyId, groupIds: [bGroup.id] })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const bRule = (await listRules(ctx.db, b.admin)).items[0]!;
    await expect(updateRule(ctx.db, a.admin, { ruleId: bRule.id, enabled: false })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('refuses bad rules with field errors and non-admins with 403, writing nothing', async () => {
    await expect(rule(a.admin, { event: { type: 'record_created' }, actions: [] })).rejects.toMatchObject({ code: 'VALIDATION', data: { issues: [expect.objectContaining({ path: 'actions' })] } });
    await expect(rule(a.admin, { event: { type: 'idle', days: 0 }, actions: [{ type: 'create_task', dueInDays: 1 }] })).rejects.toMatchObject({ code: 'VALIDATION' });
    await expect(rule(a.admin, { event: { type: 'stage_changed', stage: 'nope' }, actions: [{ type: 'create_task', dueInDays: 1 }] })).rejects.toMatchObject({ code: 'VALIDATION', data: { issues: [expect.objectContaining({ path: 'event.stage' })] } });
    await expect(rule(a.admin, { pipelineKind: 'leads', event: { type: 'new_jobs' }, actions: [{ type: 'create_task', dueInDays: 1 }] })).rejects.toMatchObject({ code: 'VALIDATION' });
    await expect(rule(a.recruiter, { event: { type: 'record_created' }, actions: [{ type: 'create_task', dueInDays: 1 }] })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await listRules(ctx.db, a.admin)).items).toHaveLength(0);
  });

  describe('built-in rules', () => {
    it('first outreach → Contacted is a built-in rule, on by default, that can be switched off and on', async () => {
      const agency = await createTestAgency(ctx.db, 'Built-in');
      const builtIn = (await listRules(ctx.db, agency.admin)).builtIn.find((r) => r.key === 'onOutreach')!;
      expect(builtIn).toMatchObject({ from: 'prospect', to: 'contacted', enabled: true });
      const first = await followNewCompany(ctx.db, agency.recruiter);
      await logOutreach(ctx.db, agency.recruiter, { companyId: first, channel: 'email' });
      expect(await stageOf(ctx.db, agency.agencyId, first)).toBe('contacted');
      await switchBuiltInRule(ctx.db, agency.admin, { pipelineId: builtIn.pipelineId, key: 'onOutreach', enabled: false });
      const second = await followNewCompany(ctx.db, agency.recruiter);
      await logOutreach(ctx.db, agency.recruiter, { companyId: second, channel: 'email' });
      expect(await stageOf(ctx.db, agency.agencyId, second)).toBe('prospect');
      const back = await switchBuiltInRule(ctx.db, agency.admin, { pipelineId: builtIn.pipelineId, key: 'onOutreach', enabled: true });
      expect(back.find((r) => r.key === 'onOutreach')!.enabled).toBe(true);
      await logOutreach(ctx.db, agency.recruiter, { companyId: second, channel: 'email' });
      expect(await stageOf(ctx.db, agency.agencyId, second)).toBe('contacted');
    });
  });
});
