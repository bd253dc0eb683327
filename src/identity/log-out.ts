import { z } from 'zod';
import { systemClock, type Clock } from '../platform/clock.js';
import type { Db } from '../platform/db/database.js';
import { parseInput } from '../platform/input/input.js';
import { hashSecret } from './secrets.js';

export const logOutInput = z
  .object({
    /** End every session of the user (all browsers and devices), not only this one. API tokens stay. */
    everywhere: z.boolean().optional(),
  })
  .strict();

/** Whose sessions a logout ended. */
export interface LoggedOut {
  agencyId: string;
  userId: string;
}

/**
 * Ends a session, or with `everywhere` every session of its user. Unknown
 * tokens are ignored (null) so logging out twice is harmless; an expired
 * session still ends itself but cannot end the others.
 */
export async function logOut(db: Db, token: string, input: z.input<typeof logOutInput> = {}, clock: Clock = systemClock): Promise<LoggedOut | null> {
  const request = parseInput(logOutInput, input);
  return db.transaction().execute(async (trx) => {
    const ended = await trx
      .deleteFrom('sessions')
      .where('token_hash', '=', hashSecret(token))
      .returning(['agency_id', 'user_id', 'expires_at'])
      .executeTakeFirst();
    if (!ended) return null;
    if (request.everywhere && ended.expires_at > clock()) {
      await trx.deleteFrom('sessions').where('agency_id', '=', ended.agency_id).where('user_id', '=', ended.user_id).execute();
    }
    return { agencyId: ended.agency_id, userId: ended.user_id };
  });
}
