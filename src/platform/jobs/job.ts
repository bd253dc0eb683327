import type { Clock } from '../clock.js';
import type { Db } from '../db/database.js';

/**
 * A periodic piece of work. Jobs must be idempotent: running one twice in a
 * row, or on two instances, leaves the same state as running it once.
 */
export interface Job {
  /** Stable name; also keys its advisory lock and its row in job_runs. */
  name: string;
  /** How often it is due. */
  everyMinutes: number;
  run(db: Db, clock: Clock): Promise<Record<string, number>>;
}
