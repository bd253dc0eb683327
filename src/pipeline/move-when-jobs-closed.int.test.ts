import { beforeAll, expect, it } from 'vitest';
import type { Actor } from '../identity/domain/roles.js';
import { describeEachDatabase } from '../../test/support/databases.js';
import { importRows } from '../../test/support/discovery-data.js';
import { createTestAgency, snapshot, type TestAgency } from '../../test/support/fixtures.js';
import { createPipeline } from './create-pipeline.js';
import { followCompany } from '../clients/follow-company.js';
import { runJobs } from '../platform/jobs/run-jobs.js';
import { onCompanyChange, type CompanyChange } from '../platform/events/company-changes.js';
import { DAY_MS } from '../platform/time/days.js';
import { changeStatus } from './change-status.js';
import { clientStage } from './domain/index.js';
import { moveWhenJobsClosed } from './move-when-jobs-closed.js';
import { moveWhenJobsClosedJob } from './move-when-jobs-closed.job.js';

const TODAY = new Date('2026-11-23T09:00:00.000Z');
const at = (days: number) => new Date(TODAY.getTime() + days * DAY_MS);
const clock = () => TODAY;

describeEachDatabase('automatic move when all jobs have closed (Client stage: Active → Dormant)', (ctx) => {
  let clients: TestAgency;
  let bd: TestAgency;
  let tag: string;
  const site = (key: string) => `${key}-${tag}.nl`;
  const job = (key: string, n: number, extra: object = {}) => ({ company_website: site(key), title: `Vacature ${key} ${n}`, source: 'test', external_id: `${tag}-${key}-${n}`, posted_at: at(-60).toISOString(), ...extra });
  const importJobs = (rows: object[]) => importRows(ctx.db, 'jobs', rows, TODAY);
  const record: Record<string, string> = {};

  const stageOf = async (companyId: string) =>
    (await ctx.db.selectFrom('companies').select(['client_status', 'client_status_changed_at']).where('id', '=', companyId).executeTakeFirstOrThrow()).client_status;
  const activitiesOf = (companyId: string) =>
    ctx.db.selectFrom('client_company_activities').selectAll().where('company_id', '=', companyId).orderBy('seq').execute();

  beforeAll(async () => {
    const { db } = ctx;
    tag = Math.random().toString(36).slice(2, 8);
    clients = await createTestAgency(db, 'Client stage agency');
    await createPipeline(db, clients.admin, { templateKey: clientStage.key, isDefault: true });
    // Another agency on the default Recruitment BD pipeline, which has no such rule.
    bd = await createTestAgency(db, 'Recruitment BD agency');
    const keys = ['two', 'one', 'none', 'before', 'later'];
    await importRows(db, 'companies', keys.map((key) => ({ name: `${key} ${tag}`, website: site(key) })), TODAY);
    // two: two open jobs; one: one open job; none: no jobs; before: its only job closed before it became Active;
    // later: its only job closes in two days.
    await importJobs([job('two', 1), job('two', 2), job('one', 1), job('before', 1, { closed_at: at(-30).toISOString() }), job('later', 1, { closed_at: at(2).toISOString() })]);
    const globals = await db.selectFrom('global_companies').select(['id', 'website_domain']).where('website_domain', 'like', `%-${tag}.nl`).execute();
    const globalOf = (key: string) => globals.find((g) => g.website_domain === site(key))!.id;
    const activeClient = async (actor: Actor, key: string) => {
      const companyId = (await followCompany(db, actor, { globalCompanyId: globalOf(key) }, () => at(-20))).company.id;
      await changeStatus(db, actor, { companyId, status: 'proposal_sent' }, () => at(-15));
      await changeStatus(db, actor, { companyId, status: 'active', description: 'Contract getekend.' }, () => at(-10));
      return companyId;
    };
    for (const key of keys) record[key] = await activeClient(clients.recruiter, key);
    record.bdTwo = (await followCompany(db, bd.recruiter, { globalCompanyId: globalOf('two') }, () => at(-20))).company.id;
    await changeStatus(db, bd.recruiter, { companyId: record.bdTwo, status: 'won' }, () => at(-10));
  });

  it('moves an Active client to Dormant once its last open job closes, recorded as automatic, and only then', async () => {
    const { db } = ctx;
    const events: CompanyChange[] = [];
    const stop = onCompanyChange((event) => events.push(event));
    const otherAgency = await snapshot(db, bd.agencyId);

    // One of two jobs closes: still an open one.
    await importJobs([job('two', 1, { closed_at: at(-1).toISOString() })]);
    await runJobs(db, { clock, force: true, jobs: [moveWhenJobsClosedJob] });
    expect(await stageOf(record.two!)).toBe('active');

    // The last one closes.
    await importJobs([job('two', 2, { closed_at: TODAY.toISOString() })]);
    const [outcome] = await runJobs(db, { clock, force: true, jobs: [moveWhenJobsClosedJob] });
    expect(outcome).toEqual({ name: 'move-when-jobs-closed', status: 'ran', result: { companies: 1, moved: 1 } });
    expect(await stageOf(record.two!)).toBe('dormant');
    const last = (await activitiesOf(record.two!)).at(-1)!;
    expect(last).toMatchObject({
      activity_type: 'status_change',
      old_status: 'active',
      new_status: 'dormant',
      user_id: null,
      description: 'All jobs closed: moved to Dormant / job closed automatically.',
      extra_data: { automatic: true },
      created_at: TODAY,
    });
    expect(events).toEqual([{ agencyId: clients.agencyId, companyId: record.two, kind: 'status_changed' }]);
    stop();

    // An open job, no jobs at all, or jobs that had closed before it became a client: it stays Active.
    for (const key of ['one', 'none', 'before', 'later']) expect(await stageOf(record[key]!), key).toBe('active');
    // The other agency follows the same company, on a pipeline without the rule: untouched.
    expect(await snapshot(db, bd.agencyId)).toEqual(otherAgency);
  });

  it('moves nothing more when it runs again', async () => {
    const { db } = ctx;
    const before = await snapshot(db, clients.agencyId);
    expect(await moveWhenJobsClosed(db, () => at(0.5))).toEqual({ companies: 0, moved: 0 });
    await runJobs(db, { clock: () => at(1), force: true, jobs: [moveWhenJobsClosedJob] });
    expect(await snapshot(db, clients.agencyId)).toEqual(before);
  });

  it('moves a client whose last job closes by the passing of its closing moment, at the first run after it', async () => {
    const { db } = ctx;
    await moveWhenJobsClosed(db, () => at(1.9));
    expect(await stageOf(record.later!)).toBe('active');
    expect(await moveWhenJobsClosed(db, () => at(2))).toEqual({ companies: 1, moved: 1 });
    expect(await stageOf(record.later!)).toBe('dormant');
  });

  it('leaves a client made Active again alone until a job closes after that', async () => {
    const { db } = ctx;
    // A new search at a Dormant client: Active again, with all its jobs still closed.
    await changeStatus(db, clients.manager, { companyId: record.two!, status: 'active' }, () => at(3));
    expect(await moveWhenJobsClosed(db, () => at(4))).toEqual({ companies: 0, moved: 0 });
    await importJobs([job('two', 3, { posted_at: at(3).toISOString() })]);
    expect(await moveWhenJobsClosed(db, () => at(4))).toEqual({ companies: 0, moved: 0 });
    await importJobs([job('two', 3, { posted_at: at(3).toISOString(), closed_at: at(5).toISOString() })]);
    expect(await moveWhenJobsClosed(db, () => at(6))).toEqual({ companies: 1, moved: 1 });
    expect(await stageOf(record.two!)).toBe('dormant');
  });
});
