import { systemClock, type Clock } from '../platform/clock.js';
import type { Actor } from './domain/roles.js';
import type { Db } from '../platform/db/database.js';
import { hashSecret } from './secrets.js';
import { toActor } from './resolve-actor.js';

/** The user a session cookie belongs to, with their permissions and branch, or null when it is unknown or expired or the user was deactivated. */
export async function authenticateSession(db: Db, token: string, clock: Clock = systemClock): Promise<Actor | null> {
  const row = await db
    .selectFrom('sessions as s')
    .innerJoin('users as u', (join) => join.onRef('u.agency_id', '=', 's.agency_id').onRef('u.id', '=', 's.user_id'))
    .innerJoin('agencies as ag', 'ag.id', 'u.agency_id')
    .leftJoin('agency_roles as ar', (join) => join.onRef('ar.agency_id', '=', 'u.agency_id').onRef('ar.key', '=', 'u.role'))
    .select(['u.agency_id', 'u.id', 'u.role', 'u.branch_id', 'ar.permissions', 'ag.dossier_kinds'])
    .where('s.token_hash', '=', hashSecret(token))
    .where('s.expires_at', '>', clock())
    .where('u.deactivated_at', 'is', null)
    .executeTakeFirst();
  return row ? toActor(row) : null;
}
