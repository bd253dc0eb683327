import type { Clock } from '../clock.js';
import type { Db } from '../db/database.js';

/** What every route module is registered with. */
export interface RouteDeps {
  db: Db;
  clock: Clock;
}
