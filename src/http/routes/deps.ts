import type { Clock } from '../../domain/clock.js';
import type { Db } from '../../db/schema.js';

/** What every route module is registered with. */
export interface RouteDeps {
  db: Db;
  clock: Clock;
}
