import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, migrate } from '../src/platform/db/connect.js';
import type { Db } from '../src/platform/db/database.js';
import { DAY_MS } from '../src/platform/time/days.js';
import { followCompany } from '../src/clients/follow-company.js';
import { createGroup, createRule } from '../src/automation/index.js';
import { createGlobalCompany, createTestAgency, type TestAgency } from './support/fixtures.js';
import { createTestDatabase, TEST_DATABASE_URL } from './support/databases.js';

const CLI = join(import.meta.dirname, '..', 'dist', 'src', 'cli', 'main.js');
const T0 = new Date('2027-02-01T09:00:00.000Z');
const day = (n: number) => new Date(T0.getTime() + n * DAY_MS);

/** `clientpipe jobs run --now <moment>` as its own OS process. */
async function runJobsProcess(url: string, now: Date): Promise<string> {
  const { stdout } = await promisify(execFile)('node', [CLI, 'jobs', 'run', '--now', now.toISOString()], { env: { ...process.env, DATABASE_URL: url }, timeout: 60_000 });
  return stdout;
}

/*
 * SPEC R4.6: a time-based rule fires at most once per record per wait, on
 * any number of instances. Here two real processes run the periodic jobs
 * at the same moment against one PostgreSQL database (PGlite is one
 * process's by nature), racing for the advisory lock and the firings.
 */
describe.skipIf(!TEST_DATABASE_URL)('a time-based rule run by two processes at once', () => {
  let database: { url: string; drop(): Promise<void> };
  let db: Db;
  let agency: TestAgency;
  const companies: string[] = [];

  beforeAll(async () => {
    database = await createTestDatabase(TEST_DATABASE_URL!);
    db = await connect({ kind: 'postgres', url: database.url, poolSize: 2 });
    await migrate(db);
    agency = await createTestAgency(db, 'Twee processen');
    const stalled = await createGroup(db, agency.admin, { name: 'Stalled' });
    await createRule(db, agency.admin, { name: 'Idle 14 days', pipelineKind: 'clients', event: { type: 'idle', days: 14 }, actions: [{ type: 'add_to_group', groupId: stalled.id }, { type: 'create_task', dueInDays: 2 }] }, () => T0);
    for (let i = 0; i < 3; i++) companies.push((await followCompany(db, agency.recruiter, { globalCompanyId: await createGlobalCompany(db) }, () => T0)).company.id);
  }, 120_000);

  afterAll(async () => {
    await db?.destroy();
    await database?.drop();
  });

  const firingsPerCompany = async () => {
    const rows = await db.selectFrom('automation_firings').select('record_id').where('agency_id', '=', agency.agencyId).execute();
    return companies.map((id) => rows.filter((row) => row.record_id === id).length);
  };
  const tasksPerCompany = async () => {
    const rows = await db.selectFrom('reminders').select('company_id').where('agency_id', '=', agency.agencyId).execute();
    return companies.map((id) => rows.filter((row) => row.company_id === id).length);
  };

  it('fires once per record for one wait, and once more only after the record was idle again', async () => {
    // Idle since day 0: on day 15 both processes find every record idle for more than 14 days.
    await Promise.all([runJobsProcess(database.url, day(15)), runJobsProcess(database.url, day(15))]);
    await runJobsProcess(database.url, day(16));
    expect(await firingsPerCompany()).toEqual([1, 1, 1]);
    expect(await tasksPerCompany()).toEqual([1, 1, 1]);
    // The rule's own entries (day 15) started a new wait: it ends after day 29.
    await Promise.all([runJobsProcess(database.url, day(29)), runJobsProcess(database.url, day(29))]);
    expect(await firingsPerCompany()).toEqual([1, 1, 1]);
    await Promise.all([runJobsProcess(database.url, day(30)), runJobsProcess(database.url, day(30))]);
    expect(await firingsPerCompany()).toEqual([2, 2, 2]);
    expect(await tasksPerCompany()).toEqual([2, 2, 2]);
  }, 180_000);
});
