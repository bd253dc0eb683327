import { sql } from 'kysely';
import { systemClock, type Clock } from '../clock.js';
import type { Db } from '../db/database.js';
import type { Job } from './job.js';

export type JobOutcome =
  | { name: string; status: 'ran'; result: Record<string, number> }
  /** Another instance holds the job's lock right now. */
  | { name: string; status: 'busy' }
  /** It ran less than its interval ago. */
  | { name: string; status: 'not due' };

/**
 * Runs the jobs that are due (or all of them with `force`). Each runs under
 * a PostgreSQL advisory lock on one connection, and its due check reads the
 * shared job_runs table inside that lock, so two server instances never run
 * the same job at once nor twice in one interval.
 */
export async function runJobs(db: Db, options: { jobs: readonly Job[]; clock?: Clock; force?: boolean }): Promise<JobOutcome[]> {
  const clock = options.clock ?? systemClock;
  const outcomes: JobOutcome[] = [];
  for (const job of options.jobs) {
    outcomes.push(
      await db.connection().execute(async (connection) => {
        const key = lockKey(job.name);
        const { rows } = await sql<{ locked: boolean }>`select pg_try_advisory_lock(${key}) as locked`.execute(connection);
        if (!rows[0]!.locked) return { name: job.name, status: 'busy' as const };
        try {
          const last = await connection.selectFrom('job_runs').select('last_finished_at').where('name', '=', job.name).executeTakeFirst();
          const dueAt = last?.last_finished_at ? last.last_finished_at.getTime() + job.everyMinutes * 60_000 : 0;
          if (!options.force && clock().getTime() < dueAt) return { name: job.name, status: 'not due' as const };
          const startedAt = clock();
          await connection
            .insertInto('job_runs')
            .values({ name: job.name, last_started_at: startedAt, last_finished_at: null, last_result: null })
            .onConflict((oc) => oc.column('name').doUpdateSet({ last_started_at: startedAt }))
            .execute();
          const result = await job.run(connection, clock);
          await connection
            .updateTable('job_runs')
            .set({ last_finished_at: clock(), last_result: JSON.stringify(result) })
            .where('name', '=', job.name)
            .execute();
          return { name: job.name, status: 'ran' as const, result };
        } finally {
          await sql`select pg_advisory_unlock(${key})`.execute(connection);
        }
      }),
    );
  }
  return outcomes;
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
