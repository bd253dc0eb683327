import { beforeAll, expect, it } from 'vitest';
import type { Actor } from '../identity/domain/roles.js';
import { describeEachDatabase } from '../../test/support/databases.js';
import { importRows } from '../../test/support/discovery-data.js';
import { createTestAgency, type TestAgency } from '../../test/support/fixtures.js';
import { followCompany } from '../clients/follow-company.js';
import { changeStatus } from '../pipeline/change-status.js';
import { createPipeline } from '../pipeline/create-pipeline.js';
import { clientStage } from '../pipeline/domain/index.js';
import { loadPipeline } from '../pipeline/index.js';
import { moveWhenJobsClosedJob } from '../pipeline/move-when-jobs-closed.job.js';
import { runJobs } from '../platform/jobs/run-jobs.js';
import { DAY_MS } from '../platform/time/days.js';
import { createGroup, createRule, drainOutboxJob, installAutomation, listRules, scanRules, scanRulesJob, switchBuiltInRule } from './index.js';

installAutomation();

/*
 * The events the periodic job finds (new jobs arrived, all jobs closed,
 * idle) through the job runner, as `serve` and `clientpipe jobs run --now`
 * run them; the outbox drained by its job; and the built-in Active →
 * Dormant rule switched off.
 */

const T0 = new Date('2027-02-01T09:00:00.000Z');
const at = (days: number) => new Date(T0.getTime() + days * DAY_MS);

describeEachDatabase('trigger rules the periodic jobs run', (ctx) => {
  let agency: TestAgency;
  let tag: string;
  const site = (key: string) => `${key}-${tag}.nl`;
  const job = (key: string, n: number, extra: object = {}) => ({ company_website: site(key), title: `Vacature ${key} ${n}`, source: 'test', external_id: `${tag}-${key}-${n}`, posted_at: at(-5).toISOString(), ...extra });
  const record: Record<string, string> = {};
  const run = (days: number, jobs = [scanRulesJob, drainOutboxJob]) => runJobs(ctx.db, { clock: () => at(days), force: true, jobs });
  const groupsOf = async (companyId: string) =>
    (
      await ctx.db
        .selectFrom('automation_group_members as m')
        .innerJoin('automation_groups as g', (j) => j.onRef('g.agency_id', '=', 'm.agency_id').onRef('g.id', '=', 'm.group_id'))
        .select('g.name')
        .where('m.record_id', '=', companyId)
        .orderBy('g.name')
        .execute()
    ).map((r) => r.name);

  beforeAll(async () => {
    const { db } = ctx;
    tag = Math.random().toString(36).slice(2, 8);
    agency = await createTestAgency(db, 'Scanned');
    await importRows(db, 'companies', ['hiring', 'closing', 'quiet'].map((key) => ({ name: `${key} ${tag}`, website: site(key) })), at(-10));
    const globals = await db.selectFrom('global_companies').select(['id', 'website_domain']).where('website_domain', 'like', `%-${tag}.nl`).execute();
    const follow = async (actor: Actor, key: string) => (await followCompany(db, actor, { globalCompanyId: globals.find((g) => g.website_domain === site(key))!.id }, () => T0)).company.id;
    for (const key of ['hiring', 'closing', 'quiet']) record[key] = await follow(agency.recruiter, key);
    await importRows(db, 'jobs', [job('closing', 1)], at(0));
  });

  it('new jobs arrived → a notification through the outbox; once per arrival', async () => {
    const group = await createGroup(ctx.db, agency.admin, { name: 'Hiring' });
    await createRule(ctx.db, agency.admin, { name: 'Jobs!', pipelineKind: 'clients', event: { type: 'new_jobs' }, actions: [{ type: 'add_to_group', groupId: group.id }, { type: 'notify', userIds: [], owner: true, message: 'Nieuwe vacatures' }] }, () => at(0));
    await importRows(ctx.db, 'jobs', [job('hiring', 1), job('hiring', 2)], at(1));
    await run(1);
    await run(1);
    expect(await groupsOf(record.hiring!)).toEqual(['Hiring']);
    expect(await groupsOf(record.closing!)).toEqual([]); // its job arrived before the rule existed
    const notes = () => ctx.db.selectFrom('notifications').selectAll().where('agency_id', '=', agency.agencyId).where('kind', '=', 'automation').execute();
    expect(await notes()).toHaveLength(1);
    expect((await notes())[0]).toMatchObject({ user_id: agency.recruiter.userId, company_id: record.hiring });
    await importRows(ctx.db, 'jobs', [job('hiring', 3)], at(2));
    await run(2);
    expect(await notes()).toHaveLength(2);
  });

  it('all jobs closed → fires once the last job closed after the record entered its stage', async () => {
    const group = await createGroup(ctx.db, agency.admin, { name: 'Dry' });
    await createRule(ctx.db, agency.admin, { name: 'Dry', pipelineKind: 'clients', event: { type: 'all_jobs_closed' }, actions: [{ type: 'add_to_group', groupId: group.id }] }, () => at(0));
    await run(3);
    expect(await groupsOf(record.closing!)).toEqual([]);
    await importRows(ctx.db, 'jobs', [job('closing', 1, { closed_at: at(3).toISOString() })], at(3));
    await run(4);
    await run(5);
    expect(await groupsOf(record.closing!)).toEqual(['Dry']);
    const firings = await ctx.db.selectFrom('automation_firings').select('event_key').where('agency_id', '=', agency.agencyId).where('record_id', '=', record.closing!).execute();
    expect(firings).toHaveLength(1);
  });

  it('idle rules fire once per wait also when two instances run the job at once', async () => {
    const group = await createGroup(ctx.db, agency.admin, { name: 'Stil' });
    await createRule(ctx.db, agency.admin, { name: 'Stil', pipelineKind: 'clients', event: { type: 'idle', days: 30 }, conditions: [{ type: 'stage', stages: ['prospect'] }], actions: [{ type: 'add_to_group', groupId: group.id }] }, () => at(0));
    // Two job runners at once (the advisory lock lets one run), and two scans outside the runner, as two instances whose runs overlap:
    // on PostgreSQL each on its own pooled connection, racing for the same firings; the firing's unique key lets one act.
    // Every record's last entry is from day 4 or earlier: on day 40 all three have been idle for more than 30 days.
    await Promise.all([run(40, [scanRulesJob]), run(40, [scanRulesJob]), scanRules(ctx.db, () => at(40)), scanRules(ctx.db, () => at(40))]);
    await run(41, [scanRulesJob]);
    const stil = await ctx.db.selectFrom('automation_firings as f').innerJoin('automation_rules as r', (j) => j.onRef('r.agency_id', '=', 'f.agency_id').onRef('r.id', '=', 'f.rule_id')).select('f.record_id').where('r.name', '=', 'Stil').execute();
    expect(stil.map((f) => f.record_id).sort()).toEqual([record.quiet!, record.closing!, record.hiring!].sort());
  });

  it('the built-in Active → Dormant rule, switched off, moves nothing; on again, it does', async () => {
    const clients = await createTestAgency(ctx.db, 'Client stage');
    const pipeline = await createPipeline(ctx.db, clients.admin, { templateKey: clientStage.key, isDefault: true });
    const builtIn = (await listRules(ctx.db, clients.admin)).builtIn.find((r) => r.pipelineId === pipeline.id && r.key === 'whenJobsClosed')!;
    expect(builtIn).toMatchObject({ from: 'active', to: 'dormant', enabled: true });
    await importRows(ctx.db, 'companies', [{ name: `dormant ${tag}`, website: site('dormant') }], at(0));
    await importRows(ctx.db, 'jobs', [job('dormant', 1)], at(0));
    const global = await ctx.db.selectFrom('global_companies').select('id').where('website_domain', '=', site('dormant')).executeTakeFirstOrThrow();
    const companyId = (await followCompany(ctx.db, clients.recruiter, { globalCompanyId: global.id }, () => at(0))).company.id;
    await changeStatus(ctx.db, clients.recruiter, { companyId, status: 'proposal_sent' }, () => at(0));
    await changeStatus(ctx.db, clients.recruiter, { companyId, status: 'active' }, () => at(0));
    await switchBuiltInRule(ctx.db, clients.admin, { pipelineId: pipeline.id, key: 'whenJobsClosed', enabled: false });
    expect((await loadPipeline(ctx.db, clients.agencyId, pipeline.id)).automations.whenJobsClosed).toBeUndefined();
    await importRows(ctx.db, 'jobs', [job('dormant', 1, { closed_at: at(1).toISOString() })], at(1));
    await runJobs(ctx.db, { clock: () => at(2), force: true, jobs: [moveWhenJobsClosedJob] });
    const stage = async () => (await ctx.db.selectFrom('companies').select('client_status').where('id', '=', companyId).executeTakeFirstOrThrow()).client_status;
    expect(await stage()).toBe('active');
    await switchBuiltInRule(ctx.db, clients.admin, { pipelineId: pipeline.id, key: 'whenJobsClosed', enabled: true });
    await runJobs(ctx.db, { clock: () => at(2), force: true, jobs: [moveWhenJobsClosedJob] });
    expect(await stage()).toBe('dormant');
  });
});
