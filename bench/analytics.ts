/**
 * Dashboard latency: what the dashboard page loads with its default filters
 * (the last 12 months, everyone; the team card's 30 days) —
 * readPipelineAnalytics through the server's stage log cache,
 * readTeamActivity, readRoutine — for the admin of one agency with 100,000
 * companies and 1,000,000 activities over two years, on PostgreSQL. The
 * whole dashboard is timed as the page asks for it, all parts at once on
 * the pool (Promise.all), and one after another; p50/p99 of each, and of
 * each part alone. Before every load a colleague moves a company (through
 * the service), so the pipeline cache has to catch up each time: the goal
 * figure. Then the same without changes, and the first pipeline read of a
 * fresh server (the whole log replayed). Plus all of it on PGlite over a
 * smaller sample.
 *
 * The data (bench/support/analytics-history.ts) follows the pipeline rules:
 * every history starts with company_tracked, moves only along the Recruitment
 * BD transitions (Lost back to Prospect included), outreach moves Prospects
 * to Contacted automatically, meetings carry their time; deletes and
 * restores, calls, notes, contacts, owner changes; a few thousand reminders.
 * The shared companies and their jobs are bench/search's market
 * (market-rows.ts). All of it is loaded by COPY, then hiring facts and
 * VACUUM ANALYZE. A run checks that the replayed log agrees with the stored
 * statuses. When the p99 misses the goal, every statement of every part is
 * printed with EXPLAIN (ANALYZE, BUFFERS); --explain prints them anyway.
 *
 *   npm run bench:analytics              full run, writes bench/results/analytics.json
 *   npm run bench:analytics -- --smoke   1,000 companies / 10,000 activities, 3 rounds, writes nothing (CI)
 *   npm run bench:analytics -- --companies N --activities N --jobs N --rounds N [--explain]
 *                              [--pglite-companies N --pglite-activities N --pglite-jobs N]
 *
 * BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres)
 * names a server where the bench may create and drop its own database;
 * psql must be on the PATH.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { connect } from '../src/platform/db/connect.js';
import { defaultPipeline } from '../src/pipeline/pipeline-store.js';
import { stageLogCaches } from '../src/analytics/stage-log-cache.js';
import {
  checkConsistency,
  colleagueMoves,
  dashboardInputs,
  explainPart,
  measureColdPipeline,
  measureDashboard,
  PARTS,
  type DashboardInputs,
  type DashboardTimes,
  type Reader,
} from './support/analytics-dashboard.js';
import { loadAgency, openPglite, psqlCopy, type Loaded } from './support/analytics-load.js';
import { log, thousands, withThrowawayDatabase } from './support/market-load.js';
import { round } from './support/pipeline.js';
import { percentile, report } from './support/results.js';

const { values: args } = parseArgs({
  options: {
    smoke: { type: 'boolean', default: false },
    companies: { type: 'string' },
    activities: { type: 'string' },
    jobs: { type: 'string' },
    rounds: { type: 'string' },
    explain: { type: 'boolean', default: false },
    'pglite-companies': { type: 'string' },
    'pglite-activities': { type: 'string' },
    'pglite-jobs': { type: 'string' },
  },
});
const smoke = args.smoke!;
const COMPANIES = Number(args.companies ?? (smoke ? 1_000 : 100_000));
const ACTIVITIES = Number(args.activities ?? (smoke ? 10_000 : 1_000_000));
const JOBS = Number(args.jobs ?? (smoke ? 5_000 : 1_000_000));
const ROUNDS = Number(args.rounds ?? (smoke ? 3 : 50));
const WARMUP = smoke ? 1 : 3;
const PGLITE_COMPANIES = Number(args['pglite-companies'] ?? Math.min(COMPANIES, smoke ? 300 : 10_000));
const PGLITE_ACTIVITIES = Number(args['pglite-activities'] ?? Math.min(ACTIVITIES, smoke ? 3_000 : 100_000));
const PGLITE_JOBS = Number(args['pglite-jobs'] ?? Math.min(JOBS, smoke ? 1_500 : 100_000));
const PGLITE_ROUNDS = smoke ? 3 : Math.min(ROUNDS, 30);
/** Reminders: about one per 30 companies, open and done. */
const reminders = (companies: number) => Math.ceil(companies / 30);
/** The server's pool (connect's default), which the dashboard's requests share. */
const POOL_SIZE = 10;
const GOAL_P99_MS = 300;
/** The moment the data describes, and the clock of every read. */
const NOW = new Date('2026-11-23T12:00:00Z');
const clock = () => NOW;
const inputs: DashboardInputs = dashboardInputs(NOW);

interface Measured {
  /** A colleague's status change before every load: the pipeline's cache catches up on each. */
  changed: DashboardTimes;
  /** Nothing written between loads. */
  unchanged: DashboardTimes;
  /** The first pipeline read of a fresh server. */
  cold: number[];
}

/** The dashboard's rounds after a change each, then without changes, then cold pipeline reads. */
async function measure(reader: Reader, rounds: number, warmup: number): Promise<Measured> {
  const bar = new cliProgress.SingleBar({ format: '           {phase} [{bar}] {value}/{total}', hideCursor: true, clearOnComplete: true }, cliProgress.Presets.shades_classic);
  const run = async (phase: string, beforeLoad?: () => Promise<void>) => {
    bar.start(rounds, 0, { phase });
    try {
      return await measureDashboard(reader, inputs, clock, { rounds, warmup, beforeLoad, onRound: (done) => bar.update(done) });
    } finally {
      bar.stop();
    }
  };
  const changed = await run('after a change', await colleagueMoves(reader, clock));
  const unchanged = await run('unchanged', undefined);
  return { changed, unchanged, cold: await measureColdPipeline(reader, await defaultPipeline(reader.db, reader.actor.agencyId), inputs, clock, smoke ? 1 : 3) };
}

/** p50/p99 of a run under a prefix: dashboard (concurrent), sequential, each part alone and inside the concurrent rounds. */
function figuresOf(prefix: string, { changed, unchanged, cold }: Measured): Record<string, number> {
  const ms = (values: number[], p: number) => round(percentile(values, p), 1);
  const figures: Record<string, number> = {
    [`${prefix}dashboard_p50_ms`]: ms(changed.concurrent, 50),
    [`${prefix}dashboard_p99_ms`]: ms(changed.concurrent, 99),
    [`${prefix}sequential_p50_ms`]: ms(changed.sequential, 50),
    [`${prefix}sequential_p99_ms`]: ms(changed.sequential, 99),
  };
  for (const part of PARTS) {
    figures[`${prefix}${part}_p50_ms`] = ms(changed.parts[part], 50);
    figures[`${prefix}${part}_p99_ms`] = ms(changed.parts[part], 99);
  }
  for (const part of PARTS) figures[`${prefix}concurrent_${part}_p99_ms`] = ms(changed.concurrentParts[part], 99);
  figures[`${prefix}unchanged_dashboard_p50_ms`] = ms(unchanged.concurrent, 50);
  figures[`${prefix}unchanged_dashboard_p99_ms`] = ms(unchanged.concurrent, 99);
  figures[`${prefix}unchanged_pipeline_p99_ms`] = ms(unchanged.parts.pipeline, 99);
  figures[`${prefix}pipeline_cold_p50_ms`] = ms(cold, 50);
  figures[`${prefix}pipeline_cold_max_ms`] = round(Math.max(...cold), 1);
  return figures;
}

async function main() {
  log(`analytics bench: ${thousands(COMPANIES)} companies, ${thousands(ACTIVITIES)} activities, ${thousands(JOBS)} jobs, ${ROUNDS} rounds; PGlite sample ${thousands(PGLITE_COMPANIES)} / ${thousands(PGLITE_ACTIVITIES)} / ${thousands(PGLITE_JOBS)}${smoke ? ' (smoke)' : ''}; period from ${inputs.from}, team ${inputs.days} days; load average ${loadavg()[0]!.toFixed(1)}`);
  const dir = mkdtempSync(join(tmpdir(), 'clientpipe-bench-analytics-'));
  try {
    const postgres = await withThrowawayDatabase(async (url) => {
      const db = await connect({ kind: 'postgres', url, poolSize: POOL_SIZE });
      try {
        const loaded = await loadAgency(db, psqlCopy(url), { companies: COMPANIES, activities: ACTIVITIES, jobs: JOBS, reminders: reminders(COMPANIES), now: NOW, dir: join(dir, 'postgres') }, clock);
        rmSync(join(dir, 'postgres'), { recursive: true, force: true });
        log(`loaded in ${loaded.loadSeconds.toFixed(1)} s; live companies ${JSON.stringify(loaded.summary.stages)}, ${thousands(loaded.summary.deleted)} deleted`);
        log(`check: ${await checkConsistency(db, loaded.actor, inputs, clock)}`);
        log(`${ROUNDS} rounds after ${WARMUP} warm-up rounds (load average ${loadavg()[0]!.toFixed(1)}) …`);
        const reader: Reader = { db, actor: loaded.actor, stageLogs: stageLogCaches(db) };
        const times = await measure(reader, ROUNDS, WARMUP);
        log(`measured (load average ${loadavg()[0]!.toFixed(1)})`);
        if (args.explain || percentile(times.changed.concurrent, 99) > GOAL_P99_MS) {
          for (const part of PARTS) console.log(`\n${await explainPart(url, loaded.actor, part, inputs, clock, await defaultPipeline(db, loaded.actor.agencyId))}`);
        }
        return { loaded, times };
      } finally {
        await db.destroy();
      }
    });

    const pgliteDir = join(dir, 'pglite');
    const { db: pglite, copy } = await openPglite(join(dir, 'pglite-data'));
    let embedded: { loaded: Loaded; times: Measured };
    try {
      log(`PGlite: loading the sample …`);
      const loaded = await loadAgency(pglite, copy, { companies: PGLITE_COMPANIES, activities: PGLITE_ACTIVITIES, jobs: PGLITE_JOBS, reminders: reminders(PGLITE_COMPANIES), now: NOW, dir: pgliteDir }, clock);
      log(`PGlite: loaded in ${loaded.loadSeconds.toFixed(1)} s; check: ${await checkConsistency(pglite, loaded.actor, inputs, clock)}`);
      log(`PGlite: ${PGLITE_ROUNDS} rounds …`);
      embedded = { loaded, times: await measure({ db: pglite, actor: loaded.actor, stageLogs: stageLogCaches(pglite) }, PGLITE_ROUNDS, smoke ? 1 : 3) };
    } finally {
      await pglite.destroy();
    }

    const { loaded, times } = postgres;
    const figures: Record<string, number> = {
      companies: COMPANIES,
      activities: loaded.summary.activities,
      jobs: JOBS,
      reminders: loaded.summary.reminders,
      rounds: ROUNDS,
      team_days: inputs.days,
      ...figuresOf('', times),
      load_s: round(loaded.loadSeconds),
      activities_copy_s: round(loaded.activitiesCopySeconds),
      pglite_sample_companies: PGLITE_COMPANIES,
      pglite_sample_activities: embedded.loaded.summary.activities,
      pglite_sample_jobs: PGLITE_JOBS,
      pglite_rounds: PGLITE_ROUNDS,
      ...figuresOf('pglite_', embedded.times),
    };

    console.log(`\n${thousands(COMPANIES)} companies, ${thousands(loaded.summary.activities)} activities; ${ROUNDS} rounds (PostgreSQL), ${PGLITE_ROUNDS} on PGlite (${thousands(PGLITE_COMPANIES)} / ${thousands(embedded.loaded.summary.activities)})`);
    console.log(`  ${''.padEnd(22)}${'p50 ms'.padStart(9)}${'p99 ms'.padStart(9)}${'max ms'.padStart(9)}${'PGlite p50'.padStart(12)}${'PGlite p99'.padStart(12)}`);
    const line = (label: string, values: number[], sample: number[]) =>
      console.log(`  ${label.padEnd(22)}${percentile(values, 50).toFixed(1).padStart(9)}${percentile(values, 99).toFixed(1).padStart(9)}${Math.max(...values).toFixed(1).padStart(9)}${percentile(sample, 50).toFixed(1).padStart(12)}${percentile(sample, 99).toFixed(1).padStart(12)}`);
    const { changed, unchanged, cold } = times;
    const sample = embedded.times;
    line('dashboard (at once)', changed.concurrent, sample.changed.concurrent);
    line('dashboard (in turn)', changed.sequential, sample.changed.sequential);
    for (const part of PARTS) line(`  ${part}`, changed.parts[part], sample.changed.parts[part]);
    line('unchanged (at once)', unchanged.concurrent, sample.unchanged.concurrent);
    line('  pipeline, unchanged', unchanged.parts.pipeline, sample.unchanged.parts.pipeline);
    line('pipeline, cold', cold, sample.cold);

    report('analytics', figures, [{ figure: 'dashboard_p99_ms', op: '<=', value: GOAL_P99_MS }], { write: !smoke });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
