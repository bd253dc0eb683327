import type { Clock } from '../clock.js';
import type { Db } from '../db/database.js';

/** What every route module is registered with. */
export interface RouteDeps {
  db: Db;
  clock: Clock;
  /** Runs once an import has added jobs, before its response ends (the server sends new-job notifications). */
  onJobsImported: () => Promise<void>;
}
