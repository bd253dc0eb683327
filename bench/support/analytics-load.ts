import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, sql } from 'kysely';
import { migrate, PGLITE_OPTIONS } from '../../src/platform/db/connect.js';
import { SerializedPGliteDialect } from '../../src/platform/db/pglite-dialect.js';
import type { Database, Db } from '../../src/platform/db/database.js';
import type { Clock } from '../../src/platform/clock.js';
import type { Actor, AgencyRole } from '../../src/identity/domain/roles.js';
import { createAgency } from '../../src/identity/create-agency.js';
import { createUser } from '../../src/identity/create-user.js';
import { defaultPipeline } from '../../src/pipeline/index.js';
import { HISTORY_COLUMNS, writeHistoryFiles, type HistorySummary, type HistoryUser } from './analytics-history.js';
import { log, refreshAllHiringFacts, seconds, thousands } from './market-load.js';
import { COPY_COLUMNS, createMarket, writeMarketFiles } from './market-rows.js';

/*
 * Loading bench/analytics' data: the generated market (shared companies and
 * their jobs, market-rows.ts) and one agency's history (analytics-history.ts),
 * by COPY: psql's \copy on PostgreSQL, COPY FROM '/dev/blob' on PGlite.
 */

/** Copies a CSV file with a header into a table. */
export type CopyInto = (table: string, columns: readonly string[], file: string) => Promise<void>;

/** psql's \copy, client side, as an operator would (bench/import does the same for its baseline). */
export const psqlCopy = (url: string): CopyInto => async (table, columns, file) => {
  const command = `\\copy ${table} (${columns.join(', ')}) from '${file}' with (format csv, header true)`;
  await promisify(execFile)('psql', ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-d', url, '-c', command], { maxBuffer: 1 << 20 });
};

/** An on-disk PGlite with a Kysely handle on it (as connect() makes), and COPY from a blob. */
export async function openPglite(dataDir: string): Promise<{ db: Db; copy: CopyInto }> {
  const pglite = await PGlite.create(dataDir, PGLITE_OPTIONS);
  const db = new Kysely<Database>({ dialect: new SerializedPGliteDialect(pglite) });
  const copy: CopyInto = async (table, columns, file) => {
    await pglite.query(`copy ${table} (${columns.join(', ')}) from '/dev/blob' with (format csv, header true)`, [], { blob: new Blob([readFileSync(file)]) });
  };
  return { db, copy };
}

/** The agency's people: its admin (who looks at the dashboard), a manager and three recruiters. */
const TEAM: { role: AgencyRole; name: string }[] = [
  { role: 'manager', name: 'Marieke Manager' },
  { role: 'recruiter', name: 'Rik Recruiter' },
  { role: 'recruiter', name: 'Roos Recruiter' },
  { role: 'recruiter', name: 'Ravi Recruiter' },
];

async function seedTeam(db: Db): Promise<{ actor: Actor; users: HistoryUser[] }> {
  const { agencyId, adminUserId } = await createAgency(db, { name: 'Bench Analytics', adminEmail: 'bench-analytics@example.test', adminPassword: 'bench-analytics', adminName: 'Anna Admin' });
  const actor: Actor = { agencyId, userId: adminUserId, role: 'admin' };
  const users: HistoryUser[] = [{ id: adminUserId, name: 'Anna Admin' }];
  for (const [i, member] of TEAM.entries()) {
    const user = await createUser(db, actor, { email: `bench-analytics-${i}@example.test`, password: 'bench-analytics', role: member.role, name: member.name });
    users.push({ id: user.id, name: user.name });
  }
  return { actor, users };
}

export interface LoadOptions {
  companies: number;
  activities: number;
  jobs: number;
  reminders: number;
  now: Date;
  /** Where the generated files go. */
  dir: string;
}

export interface Loaded {
  actor: Actor;
  summary: HistorySummary;
  /** From the first COPY to the end of VACUUM ANALYZE. */
  loadSeconds: number;
  /** The activities' COPY alone. */
  activitiesCopySeconds: number;
}

/**
 * Migrates `db`, creates the agency and its team, generates the market and
 * the history and loads them: shared companies, jobs (created when posted),
 * the agency's companies, contacts, activities and reminders; then every
 * company's hiring facts (hotness, open jobs: the routine's prospects sort
 * on them) and VACUUM ANALYZE, as autovacuum would after a big load.
 */
export async function loadAgency(db: Db, copy: CopyInto, options: LoadOptions, clock: Clock): Promise<Loaded> {
  await migrate(db);
  const { actor, users } = await seedTeam(db);
  // Every new agency gets Recruitment BD as its default pipeline (a trigger installs it); the history is written in it.
  const pipelineId = (await defaultPipeline(db, actor.agencyId)).id;
  let begin = performance.now();
  const market = createMarket({ companies: options.companies, jobs: options.jobs, now: options.now });
  const marketFiles = writeMarketFiles(market, options.dir);
  const { files, summary } = writeHistoryFiles(
    {
      agencyId: actor.agencyId,
      pipelineId,
      users,
      globals: market.companies.map((company) => ({ id: company.id, name: company.record.name })),
      activities: options.activities,
      reminders: options.reminders,
      now: options.now,
    },
    options.dir,
  );
  log(`generated ${thousands(options.companies)} companies, ${thousands(options.jobs)} jobs, ${thousands(summary.activities)} activities, ${thousands(summary.contacts)} contacts, ${thousands(summary.reminders)} reminders in ${seconds(begin).toFixed(1)} s`);

  begin = performance.now();
  await copy('global_companies', COPY_COLUMNS.global_companies, marketFiles.copyCompanies);
  // Jobs arrive as they are posted: created_at (which the team view counts) is the posting time, and they were notified then.
  await sql`create table bench_jobs_staging (like jobs including defaults)`.execute(db);
  await copy('bench_jobs_staging', COPY_COLUMNS.jobs, marketFiles.copyJobs);
  const jobColumns = sql.raw(COPY_COLUMNS.jobs.join(', '));
  await sql`insert into jobs (${jobColumns}, created_at, notified_at)
    select ${jobColumns}, posted_at, posted_at from bench_jobs_staging order by posted_at`.execute(db);
  await sql`drop table bench_jobs_staging`.execute(db);
  log(`market loaded in ${seconds(begin).toFixed(1)} s; the agency's history …`);

  await copy('companies', HISTORY_COLUMNS.companies, files.companies);
  await copy('contacts', HISTORY_COLUMNS.contacts, files.contacts);
  const activitiesBegin = performance.now();
  await copy('client_company_activities', HISTORY_COLUMNS.client_company_activities, files.activities);
  const activitiesCopySeconds = seconds(activitiesBegin);
  await copy('reminders', HISTORY_COLUMNS.reminders, files.reminders);
  log(`history loaded (activities: ${activitiesCopySeconds.toFixed(1)} s); hiring facts of every company …`);
  await refreshAllHiringFacts(db, clock);
  await sql`vacuum (analyze)`.execute(db);
  return { actor, summary, loadSeconds: seconds(begin), activitiesCopySeconds };
}
