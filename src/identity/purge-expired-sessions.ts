import { systemClock, type Clock } from '../platform/clock.js';
import type { Db } from '../platform/db/database.js';

// Small batches keep each statement short, so requests on PGlite's single connection wait little.
const BATCH = 1_000;

/**
 * Deletes the sessions that have expired (a session is valid while
 * expires_at lies ahead: authenticate-session.ts). Idempotent: a second run
 * finds nothing. Returns how many it deleted.
 */
export async function purgeExpiredSessions(db: Db, clock: Clock = systemClock): Promise<number> {
  const now = clock();
  let deleted = 0;
  for (;;) {
    const result = await db
      .deleteFrom('sessions')
      .where('token_hash', 'in', (eb) => eb.selectFrom('sessions').select('token_hash').where('expires_at', '<=', now).limit(BATCH))
      .executeTakeFirst();
    const count = Number(result.numDeletedRows);
    deleted += count;
    if (count < BATCH) return deleted;
  }
}
