import { systemClock, type Clock } from '../platform/clock.js';
import type { Actor } from './domain/roles.js';
import type { Db } from '../platform/db/database.js';
import { hashSecret } from './secrets.js';
import { toActor } from './resolve-actor.js';

// Recording every use would turn each API read into a write on one hot row.
const LAST_USED_RESOLUTION_MS = 60_000;

/** The user a personal API token belongs to, with their permissions and branch, or null when it is unknown or revoked or the user was deactivated. */
export async function authenticateApiToken(db: Db, token: string, clock: Clock = systemClock): Promise<Actor | null> {
  const row = await db
    .selectFrom('api_tokens as t')
    .innerJoin('users as u', (join) => join.onRef('u.agency_id', '=', 't.agency_id').onRef('u.id', '=', 't.user_id'))
    .innerJoin('agencies as ag', 'ag.id', 'u.agency_id')
    .leftJoin('agency_roles as ar', (join) => join.onRef('ar.agency_id', '=', 'u.agency_id').onRef('ar.key', '=', 'u.role'))
    .select(['t.id as token_id', 't.last_used_at', 'u.agency_id', 'u.id', 'u.role', 'u.branch_id', 'ar.permissions', 'ag.dossier_kinds'])
    .where('t.token_hash', '=', hashSecret(token))
    .where('t.revoked_at', 'is', null)
    .where('u.deactivated_at', 'is', null)
    .executeTakeFirst();
  if (!row) return null;
  const now = clock();
  if (!row.last_used_at || now.getTime() - row.last_used_at.getTime() > LAST_USED_RESOLUTION_MS) {
    await db.updateTable('api_tokens').set({ last_used_at: now }).where('agency_id', '=', row.agency_id).where('id', '=', row.token_id).execute();
  }
  return toActor(row);
}
