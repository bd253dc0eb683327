import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { promisify } from 'node:util';
import cliProgress from 'cli-progress';
import { sql } from 'kysely';
import pg from 'pg';
import type { Clock } from '../../src/platform/clock.js';
import type { Db } from '../../src/platform/db/database.js';
import { importRecords, type ImportKind, type ImportProgress } from '../../src/discovery/import/import-records.js';
import { readRecords } from '../../src/discovery/import/read-records.js';
import { refreshHiringFacts } from '../../src/discovery/refresh-hiring-facts.js';
import { COPY_COLUMNS, type FileFormat } from './market-rows.js';
import { BENCH_ADMIN_URL } from './pipeline.js';

/*
 * Loading the generated market (market-rows.ts) into throwaway databases:
 * by COPY (the physical baseline) and through the import use case.
 */

const started = performance.now();

/** Prints one line of a bench's progress, stamped with the seconds since the bench started. */
export function log(line: string): void {
  console.log(`[${((performance.now() - started) / 1000).toFixed(1).padStart(6)} s] ${line}`);
}

export const seconds = (since: number) => (performance.now() - since) / 1000;
export const thousands = (n: number) => Math.round(n).toLocaleString('en-US');

const live = new Set<string>();

async function admin(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: BENCH_ADMIN_URL });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

// Ctrl-C or a kill still drops the databases this bench made.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.error(`\n${signal}: dropping ${[...live].join(', ') || 'nothing'}`);
    void Promise.allSettled([...live].map((name) => admin(`drop database if exists ${name} with (force)`))).finally(() => process.exit(130));
  });
}

/**
 * Runs `work` against a new, empty database `clientpipe_bench_<random>` on
 * BENCH_DATABASE_URL's server and drops it afterwards, also when work fails.
 */
export async function withThrowawayDatabase<T>(work: (url: string) => Promise<T>): Promise<T> {
  const name = `clientpipe_bench_${randomBytes(5).toString('hex')}`;
  await admin(`create database ${name}`);
  live.add(name);
  try {
    const url = new URL(BENCH_ADMIN_URL);
    url.pathname = `/${name}`;
    return await work(url.toString());
  } finally {
    await admin(`drop database if exists ${name} with (force)`);
    live.delete(name);
  }
}

/** Writes dirty pages out, so a phase does not pay for the checkpoint of the one before (needs a superuser; skipped otherwise). */
export async function checkpoint(db: Db): Promise<void> {
  await sql`checkpoint`.execute(db).catch(() => undefined);
}

/** COPY of one table from a CSV file with a header, through psql's \copy (client side, as an operator would). */
export async function copyTable(url: string, table: keyof typeof COPY_COLUMNS, file: string): Promise<void> {
  const command = `\\copy ${table} (${COPY_COLUMNS[table].join(', ')}) from '${file}' with (format csv, header true)`;
  await promisify(execFile)('psql', ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-d', url, '-c', command], { maxBuffer: 1 << 20 });
}

export interface ImportTiming {
  rows: number;
  /** Reading, validating and writing the rows. */
  rowsSeconds: number;
  /** Recomputing the hiring facts of the companies whose jobs changed (jobs only). */
  factsSeconds: number;
  seconds: number;
}

/**
 * Imports one file through readRecords and importRecords, with a progress
 * bar, and checks that every row was inserted.
 */
export async function importFile(db: Db, kind: ImportKind, file: string, format: FileFormat, expected: number, clock: Clock): Promise<ImportTiming> {
  const bar = new cliProgress.SingleBar(
    { format: `           ${kind} [{bar}] {value}/{total} {what}`, hideCursor: true, clearOnComplete: true },
    cliProgress.Presets.shades_classic,
  );
  bar.start(expected, 0, { what: 'rows' });
  const begin = performance.now();
  let rowsDone = 0;
  const onProgress = ({ phase, summary, companies }: ImportProgress) => {
    if (phase === 'rows') {
      bar.update(summary.inserted + summary.updated + summary.skipped + summary.rejected);
      return;
    }
    if (!rowsDone) {
      rowsDone = performance.now();
      bar.setTotal(companies!.total);
    }
    bar.update(companies!.done, { what: 'companies: hiring facts' });
  };
  let summary;
  try {
    summary = await importRecords(db, kind, readRecords(createReadStream(file), format), onProgress, clock);
  } finally {
    bar.stop();
  }
  const end = performance.now();
  if (summary.rejected > 0 || summary.inserted !== expected) {
    const reasons = summary.rejectedRows.slice(0, 5).map((r) => `line ${r.line}: ${r.reason}`).join('\n  ');
    throw new Error(`${kind}: expected ${expected} inserted, got ${JSON.stringify({ ...summary, rejectedRows: undefined })}\n  ${reasons}`);
  }
  rowsDone ||= end;
  return { rows: expected, rowsSeconds: (rowsDone - begin) / 1000, factsSeconds: (end - rowsDone) / 1000, seconds: (end - begin) / 1000 };
}

/**
 * The hiring facts of every company, as an import of all their jobs would
 * leave them: the same refresh, in the same chunks of 1,000.
 */
export async function refreshAllHiringFacts(db: Db, clock: Clock): Promise<void> {
  const ids = (await db.selectFrom('global_companies').select('id').orderBy('id').execute()).map((row) => row.id);
  const bar = new cliProgress.SingleBar({ format: '           hiring facts [{bar}] {value}/{total} companies', hideCursor: true, clearOnComplete: true }, cliProgress.Presets.shades_classic);
  bar.start(ids.length, 0);
  try {
    await refreshHiringFacts(db, ids, clock, (done) => bar.update(done));
  } finally {
    bar.stop();
  }
}

/**
 * An order-independent fingerprint of the shared companies and jobs, by
 * their natural keys (not the generated ids), so two databases loaded
 * different ways can be compared.
 */
export async function marketFingerprint(db: Db): Promise<string> {
  const { rows } = await sql<{ companies: number; company_sum: string; jobs: number; job_sum: string; placed: number; refusing: number }>`
    select
      (select count(*) from global_companies) as companies,
      (select sum(hashtext((name, linkedin_url, website_domain, description, industry, location, founded_year, employee_count,
        latitude, longitude)::text)::bigint)::text from global_companies) as company_sum,
      (select count(*) from global_companies where latitude is not null) as placed,
      (select count(*) from jobs) as jobs,
      (select sum(hashtext((g.linkedin_url, g.website_domain, j.title, j.description, j.location, j.skills, j.posted_at, j.closed_at,
        j.url, j.source, j.external_id, j.no_agencies)::text)::bigint)::text from jobs j join global_companies g on g.id = j.global_company_id) as job_sum,
      (select count(*) from jobs where no_agencies) as refusing`.execute(db);
  const r = rows[0]!;
  return `${r.companies} companies (${r.placed} placed) #${r.company_sum}; ${r.jobs} jobs (${r.refusing} refusing agencies) #${r.job_sum}`;
}
