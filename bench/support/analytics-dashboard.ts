import { Kysely, PostgresDialect, sql, type CompiledQuery } from 'kysely';
import pg from 'pg';
import type { Database, Db } from '../../src/platform/db/database.js';
import type { Clock } from '../../src/platform/clock.js';
import { startOfLastMonths } from '../../src/platform/time/months.js';
import type { Actor } from '../../src/identity/domain/roles.js';
import { readPipelineAnalytics } from '../../src/analytics/read-pipeline-analytics.js';
import { readTeamActivity } from '../../src/analytics/read-team-activity.js';
import { readRoutine } from '../../src/analytics/read-routine.js';
import { readForecast } from '../../src/analytics/read-forecast.js';
import { stageLogCaches, type StageLogCaches } from '../../src/analytics/stage-log-cache.js';
import { changeStatus } from '../../src/pipeline/change-status.js';
import type { Pipeline } from '../../src/pipeline/domain/index.js';

/*
 * The dashboard page's data (web/src/features/dashboard/DashboardPage.tsx
 * with its default filters: the last 12 months, everyone; the team card's
 * own default of 30 days; the default pipeline): the pipeline figures, the
 * team activity, the daily routine and the value forecast. The page asks
 * for them at once; the server runs them
 * side by side on its pool, the pipeline figures through the stage log
 * cache it keeps (src/http/routes/dashboard.routes.ts).
 */

export const PARTS = ['pipeline', 'team', 'routine', 'forecast'] as const;
export type Part = (typeof PARTS)[number];

export interface DashboardInputs {
  /** The 12-month preset: from the first of the oldest month (YYYY-MM-DD) up to now. */
  from: string;
  /** The team card's period (its own filter; 30 days by default). */
  days: number;
}

/** The server side of one reader: the database, who reads, and the cache the server would hold. */
export interface Reader {
  db: Db;
  actor: Actor;
  stageLogs: StageLogCaches;
}

/** What the page asks for at `now` with its default filters (see web/src/features/dashboard/utils/dashboard-filters.ts). */
export function dashboardInputs(now: Date): DashboardInputs {
  return { from: startOfLastMonths(now, 12).toISOString().slice(0, 10), days: 30 };
}

export function runPart(reader: Reader, part: Part, inputs: DashboardInputs, clock: Clock): Promise<unknown> {
  const { db, actor } = reader;
  switch (part) {
    case 'pipeline':
      return readPipelineAnalytics(db, actor, { from: inputs.from }, clock, reader.stageLogs);
    case 'team':
      return readTeamActivity(db, actor, { days: inputs.days }, clock);
    case 'routine':
      return readRoutine(db, actor, {}, clock);
    case 'forecast':
      return readForecast(db, actor, {}, clock);
  }
}

export interface DashboardTimes {
  /** All parts at once (Promise.all), per round. */
  concurrent: number[];
  /** Each part's own time inside the concurrent rounds. */
  concurrentParts: Record<Part, number[]>;
  /** The parts one after another, per round. */
  sequential: number[];
  /** Each part alone (from the sequential rounds). */
  parts: Record<Part, number[]>;
}

const byPart = (): Record<Part, number[]> => ({ pipeline: [], team: [], routine: [], forecast: [] });

/**
 * `rounds` rounds after `warmup` unmeasured ones; each round loads the
 * dashboard once concurrently and once sequentially, each load after
 * `beforeLoad` (a colleague's change, say), so both see the same caches
 * and the same background load.
 */
export async function measureDashboard(
  reader: Reader,
  inputs: DashboardInputs,
  clock: Clock,
  options: { rounds: number; warmup: number; beforeLoad?: () => Promise<void>; onRound?: (round: number) => void },
): Promise<DashboardTimes> {
  const times: DashboardTimes = { concurrent: [], concurrentParts: byPart(), sequential: [], parts: byPart() };
  const timed = async (part: Part) => {
    const started = performance.now();
    await runPart(reader, part, inputs, clock);
    return performance.now() - started;
  };
  for (let round = -options.warmup; round < options.rounds; round++) {
    const measured = round >= 0;
    await options.beforeLoad?.();
    let started = performance.now();
    const each = await Promise.all(PARTS.map(timed));
    const concurrent = performance.now() - started;
    if (measured) {
      times.concurrent.push(concurrent);
      PARTS.forEach((part, i) => times.concurrentParts[part].push(each[i]!));
    }
    await options.beforeLoad?.();
    started = performance.now();
    for (const part of PARTS) {
      const elapsed = await timed(part);
      if (measured) times.parts[part].push(elapsed);
    }
    if (measured) {
      times.sequential.push(performance.now() - started);
      options.onRound?.(round + 1);
    }
  }
  return times;
}

/**
 * The first pipeline read after the server starts: the whole log read and
 * replayed into a new cache, `rounds` times.
 */
export async function measureColdPipeline(reader: Reader, pipeline: Pipeline, inputs: DashboardInputs, clock: Clock, rounds: number): Promise<number[]> {
  const latencies: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const started = performance.now();
    await runPart({ ...reader, stageLogs: stageLogCaches(reader.db) }, 'pipeline', inputs, clock);
    latencies.push(performance.now() - started);
  }
  return latencies;
}

/**
 * A colleague's work between dashboard loads: each call moves the next
 * Prospect of the agency to Contacted, through the service, as the board
 * would. The next pipeline read then finds the log grew by one activity.
 */
export async function colleagueMoves(reader: Reader, clock: Clock): Promise<() => Promise<void>> {
  const prospects = await reader.db
    .selectFrom('companies')
    .select('id')
    .where('agency_id', '=', reader.actor.agencyId)
    .where('deleted_at', 'is', null)
    .where('client_status', '=', 'prospect')
    .orderBy('id')
    .execute();
  let next = 0;
  return async () => {
    const company = prospects[next++];
    if (!company) throw new Error('the bench ran out of prospects to move');
    await changeStatus(reader.db, reader.actor, { companyId: company.id, status: 'contacted' }, clock);
  };
}

/**
 * Runs one part on its own connection with every SQL statement logged,
 * then each statement again under EXPLAIN (ANALYZE, BUFFERS): where the
 * part's time goes, statement by statement, and what is left for Node
 * (fetching and parsing rows, the domain computation).
 */
export async function explainPart(url: string, actor: Actor, part: Part, inputs: DashboardInputs, clock: Clock, pipeline: Pipeline): Promise<string> {
  const queries: { query: CompiledQuery; ms: number }[] = [];
  const pool = new pg.Pool({ connectionString: url, max: 1 });
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({ pool }),
    log: (event) => {
      if (event.level === 'query') queries.push({ query: event.query, ms: event.queryDurationMillis });
    },
  });
  const reader: Reader = { db, actor, stageLogs: stageLogCaches(db) };
  try {
    await runPart(reader, part, inputs, clock); // warm
    queries.length = 0;
    const started = performance.now();
    await runPart(reader, part, inputs, clock);
    const total = performance.now() - started;
    const plans: string[] = [`=== ${part}: ${total.toFixed(1)} ms in all, one connection; ${queries.length} statements (wall time as the driver saw it, rows fetched included):`];
    for (const { query, ms } of queries) plans.push(`  ${ms.toFixed(1).padStart(8)} ms  ${query.sql.replace(/\s+/g, ' ').slice(0, 110)}`);
    for (const { query, ms } of queries) {
      const { rows } = await pool.query<{ 'QUERY PLAN': string }>(`explain (analyze, buffers) ${query.sql}`, [...query.parameters]);
      const parameters = query.parameters.map((p, i) => `$${i + 1}=${JSON.stringify(p)?.slice(0, 60)}`).join(' ');
      plans.push(`\n--- ${ms.toFixed(1)} ms:\n${query.sql}\n  -- ${parameters}\n${rows.map((row) => `  ${row['QUERY PLAN']}`).join('\n')}`);
    }
    return plans.join('\n');
  } finally {
    await db.destroy();
  }
}

/**
 * The replayed log must agree with the companies' stored state: the
 * pipeline figures' distribution now against the board's counts of
 * client_status (as read-pipeline-analytics.int.test.ts checks). Throws
 * when the generated history is inconsistent.
 */
export async function checkConsistency(db: Db, actor: Actor, inputs: DashboardInputs, clock: Clock): Promise<string> {
  const figures = await readPipelineAnalytics(db, actor, { from: inputs.from }, clock);
  const { rows } = await sql<{ client_status: string; count: number }>`
    select client_status, count(*)::int as count from companies
    where agency_id = ${actor.agencyId} and deleted_at is null group by client_status`.execute(db);
  const board = Object.fromEntries(rows.map((row) => [row.client_status, row.count]));
  const replayed = Object.fromEntries(figures.distribution.stages.map((stage) => [stage.stage, stage.count]));
  const stages = figures.distribution.stages.map((stage) => stage.stage);
  const mismatch = stages.filter((stage) => (board[stage] ?? 0) !== (replayed[stage] ?? 0));
  if (mismatch.length > 0) throw new Error(`the replayed log disagrees with companies.client_status: board ${JSON.stringify(board)}, log ${JSON.stringify(replayed)}`);
  const routine = await readRoutine(db, actor, {}, clock);
  const team = await readTeamActivity(db, actor, { days: inputs.days }, clock);
  return [
    `distribution ${stages.map((stage) => `${stage} ${replayed[stage]}`).join(', ')} (the log agrees with the board)`,
    `funnel: ${figures.funnel.total.started} cycles started; win rate ${figures.winRate.total.won}/${figures.winRate.total.won + figures.winRate.total.lost}`,
    `team (${inputs.days} days): outreach ${team.totals.outreachSent.current} vs ${team.totals.outreachSent.previous}, jobs ${team.totals.jobsAdded.current} vs ${team.totals.jobsAdded.previous}`,
    `routine: ${routine.followUps.length} follow-ups, ${routine.meetings.upcoming.length} upcoming / ${routine.meetings.recent.length} recent meetings, ${routine.prospects.length} prospects, ${routine.reminders.length} reminders, ${routine.stale.length} stale`,
  ].join('\n           ');
}
