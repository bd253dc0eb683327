/**
 * Import throughput: a generated Dutch job market (100,000 companies and
 * 1,000,000 jobs, bench/support/market-rows.ts) imported through the import
 * use case (readRecords → importRecords, including the hiring-facts refresh
 * at the end) into a fresh PostgreSQL database, against psql's \copy of the
 * same rows into another fresh, equally migrated database as the physical
 * baseline, in the same run. Both end with the same rows (checked by a
 * fingerprint of every column); COPY does no validation, no matching on
 * LinkedIn URL or website, no geocoding and no hiring facts. Plus the
 * embedded PGlite figure on a smaller sample.
 *
 *   npm run bench:import                      full run, writes bench/results/import.json
 *   npm run bench:import -- --smoke           2,000 companies / 20,000 jobs, writes nothing (CI)
 *   npm run bench:import -- --companies 20000 --jobs 200000 [--format jsonl] [--pglite-companies N --pglite-jobs N]
 *                                             other sizes or format: prints, writes nothing
 *
 * BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres)
 * names a server where the bench may create and drop its own databases;
 * psql must be on the PATH.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { connect, migrate } from '../src/platform/db/connect.js';
import { measureClientImport } from './client-import-figures.js';
import type { Db } from '../src/platform/db/database.js';
import { checkpoint, copyTable, importFile, log, marketFingerprint, seconds, thousands, withThrowawayDatabase } from './support/market-load.js';
import { createMarket, writeMarketFiles, type FileFormat, type MarketFiles } from './support/market-rows.js';
import { round } from './support/pipeline.js';
import { report } from './support/results.js';

const { values: args } = parseArgs({
  options: {
    smoke: { type: 'boolean', default: false },
    companies: { type: 'string' },
    jobs: { type: 'string' },
    format: { type: 'string', default: 'csv' },
    'pglite-companies': { type: 'string' },
    'pglite-jobs': { type: 'string' },
  },
});
const smoke = args.smoke!;
const COMPANIES = Number(args.companies ?? (smoke ? 2_000 : 100_000));
const JOBS = Number(args.jobs ?? (smoke ? 20_000 : 1_000_000));
const PGLITE_COMPANIES = Number(args['pglite-companies'] ?? Math.min(COMPANIES, smoke ? 1_000 : 10_000));
const PGLITE_JOBS = Number(args['pglite-jobs'] ?? Math.min(JOBS, smoke ? 10_000 : 100_000));
const FORMAT = args.format as FileFormat;
/** Only a full run at the standard sizes replaces bench/results/import.json. */
const WRITE = !smoke && ['companies', 'jobs', 'pglite-companies', 'pglite-jobs'].every((name) => args[name as keyof typeof args] === undefined) && FORMAT === 'csv';
if (FORMAT !== 'csv' && FORMAT !== 'jsonl') throw new Error(`--format is csv or jsonl, not ${FORMAT}`);
/** The data describes this moment; the import and the hiring facts see the same clock, so every run computes the same facts. */
const NOW = new Date('2026-11-23T12:00:00Z');
const clock = () => NOW;

function writeFiles(dir: string, companies: number, jobs: number): MarketFiles {
  const begin = performance.now();
  const market = createMarket({ companies, jobs, now: NOW });
  const files = writeMarketFiles(market, dir, FORMAT);
  const mb = (path: string) => `${(statSync(path).size / 2 ** 20).toFixed(0)} MB`;
  log(`generated ${thousands(companies)} companies and ${thousands(jobs)} jobs in ${seconds(begin).toFixed(1)} s: ${FORMAT} ${mb(files.import!.companies)} + ${mb(files.import!.jobs)}, COPY csv ${mb(files.copyCompanies)} + ${mb(files.copyJobs)}`);
  return files;
}

/** The clientpipe import of both files: companies, then jobs (rows, then hiring facts). */
async function importBoth(db: Db, files: MarketFiles, companies: number, jobs: number, where: string) {
  const { companies: companiesFile, jobs: jobsFile, format } = files.import!;
  const companyTiming = await importFile(db, 'companies', companiesFile, format, companies, clock);
  log(`${where} import companies: ${thousands(companies)} in ${companyTiming.seconds.toFixed(1)} s (${thousands(companies / companyTiming.seconds)}/s)`);
  const jobTiming = await importFile(db, 'jobs', jobsFile, format, jobs, clock);
  log(`${where} import jobs: ${thousands(jobs)} in ${jobTiming.seconds.toFixed(1)} s (${thousands(jobs / jobTiming.seconds)}/s; rows ${jobTiming.rowsSeconds.toFixed(1)} s, hiring facts ${jobTiming.factsSeconds.toFixed(1)} s)`);
  return { companies: companyTiming, jobs: jobTiming };
}

async function main() {
  log(`import bench: ${thousands(COMPANIES)} companies, ${thousands(JOBS)} jobs (${FORMAT}); PGlite sample ${thousands(PGLITE_COMPANIES)} / ${thousands(PGLITE_JOBS)}${smoke ? ' (smoke)' : ''}; load average ${loadavg()[0]!.toFixed(1)}`);
  const dir = mkdtempSync(join(tmpdir(), 'clientpipe-bench-import-'));
  try {
    const files = writeFiles(join(dir, 'postgres'), COMPANIES, JOBS);

    const copy = await withThrowawayDatabase(async (url) => {
      const db = await connect({ kind: 'postgres', url, poolSize: 2 });
      try {
        await migrate(db);
        await checkpoint(db);
        log('COPY companies …');
        const begin = performance.now();
        await copyTable(url, 'global_companies', files.copyCompanies);
        const companies = seconds(begin);
        log(`COPY companies: ${thousands(COMPANIES)} in ${companies.toFixed(1)} s (${thousands(COMPANIES / companies)}/s); COPY jobs …`);
        const jobsBegin = performance.now();
        await copyTable(url, 'jobs', files.copyJobs);
        const jobs = seconds(jobsBegin);
        log(`COPY jobs: ${thousands(JOBS)} in ${jobs.toFixed(1)} s (${thousands(JOBS / jobs)}/s)`);
        return { companies, jobs, fingerprint: await marketFingerprint(db) };
      } finally {
        await db.destroy();
      }
    });

    const imported = await withThrowawayDatabase(async (url) => {
      const db = await connect({ kind: 'postgres', url, poolSize: 2 });
      try {
        await migrate(db);
        await checkpoint(db);
        log('PostgreSQL import …');
        const timing = await importBoth(db, files, COMPANIES, JOBS, 'PostgreSQL');
        const fingerprint = await marketFingerprint(db);
        if (fingerprint !== copy.fingerprint) throw new Error(`the import and COPY loaded different rows:\n  import ${fingerprint}\n  COPY   ${copy.fingerprint}`);
        log(`same rows as COPY: ${fingerprint.replace(/ #-?\d+/g, '')}`);
        const facts = await db
          .selectFrom('global_companies')
          .select((eb) => [eb.fn.countAll<number>().as('companies'), eb.fn.sum<number>('open_jobs').as('open'), eb.fn.avg<number>('hotness').as('hotness')])
          .select((eb) => eb.fn.countAll<number>().filterWhere('no_agencies', '=', true).as('refusing'))
          .executeTakeFirstOrThrow();
        log(`hiring facts: ${thousands(Number(facts.open))} open jobs (${Math.round((100 * Number(facts.open)) / JOBS)}%), mean hotness ${Number(facts.hotness).toFixed(1)}, ${thousands(Number(facts.refusing))} companies refusing agencies`);
        return timing;
      } finally {
        await db.destroy();
      }
    });
    rmSync(join(dir, 'postgres'), { recursive: true, force: true });

    const sample = writeFiles(join(dir, 'pglite'), PGLITE_COMPANIES, PGLITE_JOBS);
    const dataDir = join(dir, 'pglite-data');
    const pglite = await connect({ kind: 'pglite', dataDir });
    let embedded;
    try {
      await migrate(pglite);
      log('PGlite import …');
      embedded = await importBoth(pglite, sample, PGLITE_COMPANIES, PGLITE_JOBS, 'PGlite');
    } finally {
      await pglite.destroy();
    }

    const rows = COMPANIES + JOBS;
    const copySeconds = copy.companies + copy.jobs;
    const importSeconds = imported.companies.seconds + imported.jobs.seconds;
    const pgliteSeconds = embedded.companies.seconds + embedded.jobs.seconds;
    const figures = {
      companies: COMPANIES,
      jobs: JOBS,
      copy_rows_per_s: round(rows / copySeconds, 0),
      import_rows_per_s: round(rows / importSeconds, 0),
      ratio_import_to_copy: round(copySeconds / importSeconds, 3),
      copy_companies_per_s: round(COMPANIES / copy.companies, 0),
      companies_per_s: round(COMPANIES / imported.companies.seconds, 0),
      copy_jobs_per_s: round(JOBS / copy.jobs, 0),
      jobs_per_s: round(JOBS / imported.jobs.seconds, 0),
      jobs_rows_only_per_s: round(JOBS / imported.jobs.rowsSeconds, 0),
      hiring_facts_s: round(imported.jobs.factsSeconds),
      copy_s: round(copySeconds),
      import_s: round(importSeconds),
      pglite_sample_companies: PGLITE_COMPANIES,
      pglite_sample_jobs: PGLITE_JOBS,
      pglite_rows_per_s: round((PGLITE_COMPANIES + PGLITE_JOBS) / pgliteSeconds, 0),
      pglite_companies_per_s: round(PGLITE_COMPANIES / embedded.companies.seconds, 0),
      pglite_jobs_per_s: round(PGLITE_JOBS / embedded.jobs.seconds, 0),
    };

    const table = [
      ['', 'companies/s', 'jobs/s', 'all rows/s', 'seconds'],
      ['COPY (PostgreSQL)', figures.copy_companies_per_s, figures.copy_jobs_per_s, figures.copy_rows_per_s, copySeconds.toFixed(1)],
      ['import (PostgreSQL)', figures.companies_per_s, figures.jobs_per_s, figures.import_rows_per_s, importSeconds.toFixed(1)],
      ['import / COPY', round(figures.companies_per_s / figures.copy_companies_per_s, 3), round(figures.jobs_per_s / figures.copy_jobs_per_s, 3), figures.ratio_import_to_copy, ''],
      [`import (PGlite, ${thousands(PGLITE_COMPANIES)} / ${thousands(PGLITE_JOBS)})`, figures.pglite_companies_per_s, figures.pglite_jobs_per_s, figures.pglite_rows_per_s, pgliteSeconds.toFixed(1)],
    ];
    console.log(`\n${thousands(COMPANIES)} companies + ${thousands(JOBS)} jobs (jobs include the hiring-facts refresh, ${figures.hiring_facts_s} s)`);
    const cell = (value: string | number) => (typeof value === 'string' ? value : Number.isInteger(value) ? thousands(value) : value.toFixed(value < 10 ? 3 : 1));
    for (const row of table) console.log(`  ${String(row[0]).padEnd(34)}${row.slice(1).map((value) => cell(value).padStart(13)).join('')}`);

    // The agency's migration import (a Pipedrive export of 10,000 deal lines) on PostgreSQL and on PGlite: its own figures, no goal of its own.
    const clientImport = await measureClientImport({ smoke });
    for (const [key, value] of Object.entries(clientImport)) console.log(`  ${key.padEnd(34)}${cell(value as number).padStart(13)}`);
    report('import', { ...figures, ...clientImport }, [{ figure: 'ratio_import_to_copy', op: '>=', value: 0.5 }], { write: WRITE });
    if (!smoke && !WRITE) console.log('  not written: only a run at the standard sizes replaces bench/results/import.json');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
