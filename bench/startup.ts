/**
 * Latency while the periodic jobs run on PGlite, as right after `serve`
 * starts (its scheduler runs every due job at once, and the first dashboard
 * visit replays the whole stage log): the bench data of bench/analytics'
 * PGlite sample — 10,000 shared companies followed by one agency, 100,000
 * jobs, 100,000 activities — on an on-disk PGlite, behind the real server
 * (buildApp listening on a free port, in this process, as `serve` runs it).
 *
 * A probe in a worker thread (support/latency-probe.ts) asks GET
 * /api/health and GET /api/board (the admin's, through an API token) every
 * 25 ms each, open loop, over six keep-alive connections per path (as a
 * few browsers hold them). First with nothing else running: the baseline.
 * Then while every job of src/server/jobs.ts runs, forced, one after
 * another (the server's clock a week on, so postings have aged and hiring
 * facts change, and follow-ups are due) and, at the same time, a cold
 * GET /api/analytics/pipeline replays the agency's log. The goal: p99 of
 * each ≤ 200 ms while that work runs; the ratio to the baseline's p99 says
 * what the work costs. The event loop's delay and the CPU the process got
 * (with the load average) say how much of a latency is this process's own
 * work and how much a machine busy with others; when a goal is missed the
 * slowest answers are printed with when they were sent.
 *
 *   npm run bench:startup              full run, writes bench/results/startup.json
 *   npm run bench:startup -- --smoke   300 companies / 1,500 jobs / 3,000 activities, writes nothing (CI)
 *   npm run bench:startup -- --companies N --jobs N --activities N --baseline-seconds N
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { monitorEventLoopDelay, type IntervalHistogram } from 'node:perf_hooks';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import { createApiToken } from '../src/identity/create-api-token.js';
import { runJobs } from '../src/platform/jobs/run-jobs.js';
import { JOBS } from '../src/server/jobs.js';
import { buildApp } from '../src/server/app.js';
import { loadAgency, openPglite } from './support/analytics-load.js';
import type { ProbeOptions, ProbeSamples } from './support/latency-probe.js';
import { log, thousands } from './support/market-load.js';
import { round } from './support/pipeline.js';
import { percentile, report } from './support/results.js';

const { values: args } = parseArgs({
  options: {
    smoke: { type: 'boolean', default: false },
    companies: { type: 'string' },
    jobs: { type: 'string' },
    activities: { type: 'string' },
    'baseline-seconds': { type: 'string' },
  },
});
const smoke = args.smoke!;
const COMPANIES = Number(args.companies ?? (smoke ? 300 : 10_000));
const JOB_POSTINGS = Number(args.jobs ?? (smoke ? 1_500 : 100_000));
const ACTIVITIES = Number(args.activities ?? (smoke ? 3_000 : 100_000));
const BASELINE_SECONDS = Number(args['baseline-seconds'] ?? (smoke ? 1 : 15));
const WARMUP_SECONDS = smoke ? 0.5 : 3;
const PROBE_EVERY_MS = 25;
/** Keep-alive connections per probed path, as a few browsers would hold. */
const PROBE_CONNECTIONS = 6;
const GOAL_P99_MS = 200;
/** The moment the data describes (as bench/analytics), and the server's clock a week later. */
const DATA_AT = new Date('2026-11-23T12:00:00Z');
const SERVER_AT = new Date(DATA_AT.getTime() + 7 * 86_400_000);
const HEALTH = '/api/health';
const BOARD = '/api/board';

/**
 * The probe's samples of one phase: starts it, runs `work`, stops it when
 * work is done; with how long this thread's event loop was held up (the
 * server's, and PGlite's, as they share it), and the CPU the process got
 * per second of the phase (a machine busy with other work shows here).
 */
async function probed<T>(probe: Worker, phase: string, work: () => Promise<T>): Promise<{ samples: ProbeSamples; result: T; loop: IntervalHistogram; cpuShare: number }> {
  const answered = new Promise<ProbeSamples>((resolve) => probe.once('message', resolve));
  const loop = monitorEventLoopDelay({ resolution: 10 });
  probe.postMessage({ start: phase });
  loop.enable();
  const cpuBefore = process.cpuUsage();
  const wallBefore = performance.now();
  try {
    const result = await work();
    loop.disable();
    const cpu = process.cpuUsage(cpuBefore);
    const cpuShare = (cpu.user + cpu.system) / 1000 / (performance.now() - wallBefore);
    return { result, loop, cpuShare, samples: await (probe.postMessage({ stop: true }), answered) };
  } catch (error) {
    probe.postMessage({ stop: true });
    await answered;
    throw error;
  }
}

/** The slowest answers of a phase, with when they were sent, beside when each piece of work ended. */
function printSlowest(samples: ProbeSamples, phaseStart: number, marks: [string, number][]) {
  const answers = Object.entries(samples).flatMap(([path, { ms, sentAt }]) => ms.map((latency, i) => ({ path, latency, sentAt: sentAt[i]! - phaseStart })));
  console.log(`\nwork done at: ${marks.map(([what, at]) => `${what} ${(at / 1000).toFixed(1)} s`).join(', ')}`);
  console.log('slowest answers (sent at, path, ms):');
  for (const { path, latency, sentAt } of answers.sort((a, b) => b.latency - a.latency).slice(0, 15)) {
    console.log(`  ${(sentAt / 1000).toFixed(2).padStart(7)} s  ${path.padEnd(12)} ${latency.toFixed(0).padStart(6)}`);
  }
}

const pause = (seconds: number) => new Promise((resolve) => setTimeout(resolve, seconds * 1000));
const ms = (values: number[], p: number) => round(percentile(values, p), 1);
const max = (values: number[]) => round(Math.max(...values), 1);

async function main() {
  log(`startup bench: ${thousands(COMPANIES)} companies, ${thousands(JOB_POSTINGS)} jobs, ${thousands(ACTIVITIES)} activities on PGlite${smoke ? ' (smoke)' : ''}; load average ${loadavg()[0]!.toFixed(1)}`);
  const dir = mkdtempSync(join(tmpdir(), 'clientpipe-bench-startup-'));
  const { db, copy } = await openPglite(join(dir, 'pglite-data'));
  let probe: Worker | undefined;
  let app: Awaited<ReturnType<typeof buildApp>> | undefined;
  try {
    const loaded = await loadAgency(
      db,
      copy,
      { companies: COMPANIES, activities: ACTIVITIES, jobs: JOB_POSTINGS, reminders: Math.ceil(COMPANIES / 30), now: DATA_AT, dir: join(dir, 'files') },
      () => DATA_AT,
    );
    log(`loaded in ${loaded.loadSeconds.toFixed(1)} s (${thousands(loaded.summary.activities)} activities, ${thousands(loaded.summary.reminders)} reminders)`);

    const clock = () => SERVER_AT;
    const { token } = await createApiToken(db, loaded.actor, { name: 'bench' }, clock);
    const headers = { authorization: `Bearer ${token}` };
    app = await buildApp({ db, clock });
    const url = await app.listen({ port: 0, host: '127.0.0.1' });
    const options: ProbeOptions = { url, headers, paths: [HEALTH, BOARD], everyMs: PROBE_EVERY_MS, connections: PROBE_CONNECTIONS };
    probe = new Worker(new URL('./support/latency-probe.js', import.meta.url), { workerData: options });

    log(`server on ${url}; warm-up ${WARMUP_SECONDS} s, then the baseline: ${BASELINE_SECONDS} s with nothing running …`);
    await probed(probe, 'warm-up', () => pause(WARMUP_SECONDS));
    const { samples: baseline, loop: baselineLoop } = await probed(probe, 'baseline', () => pause(BASELINE_SECONDS));

    log(`every job (forced) and a cold pipeline replay, while the probe asks …`);
    const loadAverage = loadavg()[0]!;
    const busyStart = performance.timeOrigin + performance.now();
    /** When each piece of work ended (ms into the phase), to place slow answers in time. */
    const marks: [string, number][] = [];
    const mark = (what: string) => marks.push([what, performance.timeOrigin + performance.now() - busyStart]);
    const busy = await probed(probe, 'jobs', async () => {
      const jobs = (async () => {
        const seconds: Record<string, number> = {};
        const results: Record<string, Record<string, number>> = {};
        for (const job of JOBS) {
          const started = performance.now();
          const [outcome] = await runJobs(db, { jobs: [job], force: true, clock });
          if (outcome!.status !== 'ran') throw new Error(`${job.name}: ${outcome!.status}`);
          seconds[job.name] = (performance.now() - started) / 1000;
          results[job.name] = outcome!.result;
          mark(job.name);
          log(`  ${job.name}: ${seconds[job.name]!.toFixed(1)} s ${JSON.stringify(outcome!.result)}`);
        }
        return { seconds, results };
      })();
      const replay = (async () => {
        const started = performance.now();
        const response = await fetch(`${url}/api/analytics/pipeline`, { headers });
        const body = (await response.json()) as { distribution?: { total: number } };
        if (!response.ok) throw new Error(`GET /api/analytics/pipeline: ${response.status} ${JSON.stringify(body)}`);
        const replayMs = performance.now() - started;
        mark('cold pipeline replay');
        log(`  cold pipeline replay: ${(replayMs / 1000).toFixed(1)} s (${thousands(body.distribution!.total)} companies on the board)`);
        return replayMs;
      })();
      const [ran, replayMs] = await Promise.all([jobs, replay]);
      return { ...ran, replayMs };
    });

    const during = busy.samples;
    const errors = (samples: ProbeSamples) => samples[HEALTH]!.errors + samples[BOARD]!.errors;
    const jobsSeconds = Object.values(busy.result.seconds).reduce((sum, s) => sum + s, 0);
    const figures: Record<string, number> = {
      companies: COMPANIES,
      jobs: JOB_POSTINGS,
      activities: loaded.summary.activities,
      probe_every_ms: PROBE_EVERY_MS,
      probe_connections_per_path: PROBE_CONNECTIONS,
      health_p50_ms: ms(during[HEALTH]!.ms, 50),
      health_p99_ms: ms(during[HEALTH]!.ms, 99),
      health_max_ms: max(during[HEALTH]!.ms),
      board_p50_ms: ms(during[BOARD]!.ms, 50),
      board_p99_ms: ms(during[BOARD]!.ms, 99),
      board_max_ms: max(during[BOARD]!.ms),
      requests_during_jobs: during[HEALTH]!.ms.length + during[BOARD]!.ms.length,
      errors_during_jobs: errors(during),
      event_loop_delay_p99_ms: round(busy.loop.percentile(99) / 1e6, 1),
      event_loop_delay_max_ms: round(busy.loop.max / 1e6, 1),
      baseline_event_loop_delay_max_ms: round(baselineLoop.max / 1e6, 1),
      process_cpu_s_per_s_during_jobs: round(busy.cpuShare, 2),
      load_average_1m: round(loadAverage, 1),
      baseline_health_p99_ms: ms(baseline[HEALTH]!.ms, 99),
      baseline_board_p99_ms: ms(baseline[BOARD]!.ms, 99),
      baseline_errors: errors(baseline),
      health_p99_vs_baseline: round(percentile(during[HEALTH]!.ms, 99) / percentile(baseline[HEALTH]!.ms, 99), 2),
      board_p99_vs_baseline: round(percentile(during[BOARD]!.ms, 99) / percentile(baseline[BOARD]!.ms, 99), 2),
      jobs_s: round(jobsSeconds, 1),
      ...Object.fromEntries(Object.entries(busy.result.seconds).map(([name, s]) => [`job_${name.replaceAll('-', '_')}_s`, round(s, 1)])),
      hiring_facts_companies: busy.result.results['refresh-hiring-facts']?.companies ?? 0,
      reminders_suggested: busy.result.results['suggest-reminders']?.suggested ?? 0,
      cold_pipeline_replay_s: round(busy.result.replayMs / 1000, 1),
    };
    if (figures.health_p99_ms! > GOAL_P99_MS || figures.board_p99_ms! > GOAL_P99_MS) printSlowest(during, busyStart, marks);
    report(
      'startup',
      figures,
      [
        { figure: 'health_p99_ms', op: '<=', value: GOAL_P99_MS },
        { figure: 'board_p99_ms', op: '<=', value: GOAL_P99_MS },
        { figure: 'errors_during_jobs', op: '<=', value: 0 },
      ],
      { write: !smoke },
    );
  } finally {
    await probe?.terminate();
    await app?.close();
    await db.destroy();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
