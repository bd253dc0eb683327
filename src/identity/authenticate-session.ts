import { systemClock, type Clock } from '../platform/clock.js';
import type { Actor } from './domain/roles.js';
import type { Db } from '../platform/db/database.js';
import { hashSecret } from './secrets.js';

/** The user a session cookie belongs to, or null when it is unknown or expired or the user was deactivated. */
export async function authenticateSession(db: Db, token: string, clock: Clock = systemClock): Promise<Actor | null> {
  const row = await db
    .selectFrom('sessions as s')
    .innerJoin('users as u', (join) => join.onRef('u.agency_id', '=', 's.agency_id').onRef('u.id', '=', 's.user_id'))
    .select(['u.agency_id', 'u.id', 'u.role'])
    .where('s.token_hash', '=', hashSecret(token))
    .where('s.expires_at', '>', clock())
    .where('u.deactivated_at', 'is', null)
    .executeTakeFirst();
  return row ? { agencyId: row.agency_id, userId: row.id, role: row.role } : null;
}
