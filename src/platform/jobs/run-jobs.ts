import { sql } from 'kysely';
import { systemClock, type Clock } from '../clock.js';
import type { Db, Executor } from '../db/database.js';
import { hasOneConnection } from '../db/one-connection.js';
import type { Job } from './job.js';

export type JobOutcome =
  | { name: string; status: 'ran'; result: Record<string, number> }
  /** Another instance (or this one) is running the job right now. */
  | { name: string; status: 'busy' }
  /** It ran less than its interval ago. */
  | { name: string; status: 'not due' };

/**
 * Runs the jobs that are due (or all of them with `force`), one after
 * another. Two server instances never run the same job at once nor twice
 * in one interval: each job runs under a lock, and its due check reads the
 * shared job_runs table inside it. On PostgreSQL the lock is an advisory
 * lock, held on one pooled connection for the job (the job itself works on
 * that connection). PGlite has a single connection and only one process
 * can open its data, so there the lock is this process's own, and the job
 * borrows the connection one short transaction at a time: requests are
 * answered between its statements.
 */
export async function runJobs(db: Db, options: { jobs: readonly Job[]; clock?: Clock; force?: boolean }): Promise<JobOutcome[]> {
  const clock = options.clock ?? systemClock;
  const force = options.force ?? false;
  const outcomes: JobOutcome[] = [];
  for (const job of options.jobs) {
    outcomes.push(await (hasOneConnection(db) ? runInProcess(db, job, clock, force) : runUnderAdvisoryLock(db, job, clock, force)));
  }
  return outcomes;
}

async function runUnderAdvisoryLock(db: Db, job: Job, clock: Clock, force: boolean): Promise<JobOutcome> {
  return db.connection().execute(async (connection) => {
    const key = lockKey(job.name);
    const { rows } = await sql<{ locked: boolean }>`select pg_try_advisory_lock(${key}) as locked`.execute(connection);
    if (!rows[0]!.locked) return { name: job.name, status: 'busy' as const };
    try {
      if (!(await startIfDue(connection, job, clock, force))) return { name: job.name, status: 'not due' as const };
      // Awaited here, not returned: the unlock below must not run beside it on the same connection, and if
      // both fail (the connection lost) a returned promise's rejection would go unhandled and end the process.
      return await finish(connection, job, await job.run(connection, clock), clock);
    } finally {
      await sql`select pg_advisory_unlock(${key})`.execute(connection);
    }
  });
}

/** The jobs running in this process, per database handle: PGlite's lock. */
const runningHere = new WeakMap<Db, Set<string>>();

async function runInProcess(db: Db, job: Job, clock: Clock, force: boolean): Promise<JobOutcome> {
  let running = runningHere.get(db);
  if (!running) runningHere.set(db, (running = new Set()));
  if (running.has(job.name)) return { name: job.name, status: 'busy' };
  running.add(job.name);
  try {
    if (!(await db.transaction().execute((trx) => startIfDue(trx, job, clock, force)))) return { name: job.name, status: 'not due' };
    return await finish(db, job, await job.run(db, clock), clock);
  } finally {
    running.delete(job.name);
  }
}

/** Checks job_runs and, when the job is due (or forced), records its start; says whether it should run. */
async function startIfDue(db: Executor, job: Job, clock: Clock, force: boolean): Promise<boolean> {
  const last = await db.selectFrom('job_runs').select('last_finished_at').where('name', '=', job.name).executeTakeFirst();
  const dueAt = last?.last_finished_at ? last.last_finished_at.getTime() + job.everyMinutes * 60_000 : 0;
  if (!force && clock().getTime() < dueAt) return false;
  const startedAt = clock();
  await db
    .insertInto('job_runs')
    .values({ name: job.name, last_started_at: startedAt, last_finished_at: null, last_result: null })
    .onConflict((oc) => oc.column('name').doUpdateSet({ last_started_at: startedAt }))
    .execute();
  return true;
}

async function finish(db: Executor, job: Job, result: Record<string, number>, clock: Clock): Promise<JobOutcome> {
  await db
    .updateTable('job_runs')
    .set({ last_finished_at: clock(), last_result: JSON.stringify(result) })
    .where('name', '=', job.name)
    .execute();
  return { name: job.name, status: 'ran', result };
}

const BUSY_RETRIES = 20;
const BUSY_WAIT_MS = 250;

/**
 * Runs one job now, whether due or not (e.g. new-job notifications right
 * after an import). When another instance or the scheduler holds its lock,
 * that run may have started before the caller's writes committed, so this
 * waits and runs it again; after about five seconds it gives up and leaves
 * the work to the next scheduled run.
 */
export async function runJobNow(db: Db, job: Job, clock: Clock = systemClock): Promise<JobOutcome> {
  for (let attempt = 0; ; attempt++) {
    const [outcome] = await runJobs(db, { clock, force: true, jobs: [job] });
    if (outcome!.status !== 'busy' || attempt >= BUSY_RETRIES) return outcome!;
    await new Promise((resolve) => setTimeout(resolve, BUSY_WAIT_MS));
  }
}

/**
 * Runs due jobs every `everySeconds` in this process until stopped. A
 * failure is reported and retried at the next tick.
 */
export function startJobScheduler(db: Db, jobs: readonly Job[], onError: (error: unknown) => void, everySeconds = 60, clock: Clock = systemClock): () => Promise<void> {
  let running: Promise<unknown> = Promise.resolve();
  const tick = () => {
    running = runJobs(db, { jobs, clock }).catch(onError);
  };
  const timer = setInterval(tick, everySeconds * 1000);
  timer.unref();
  tick();
  return async () => {
    clearInterval(timer);
    await running;
  };
}

/** A stable 32-bit key per job name for pg_advisory_lock. */
function lockKey(name: string): number {
  let hash = 0x2f0b_c1a1;
  for (const char of `clientpipe:${name}`) hash = Math.imul(hash ^ char.charCodeAt(0), 0x0100_0193);
  return hash | 0;
}
