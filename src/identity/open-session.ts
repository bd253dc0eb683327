import type { Executor } from '../platform/db/database.js';
import type { Actor } from './domain/roles.js';
import { hashSecret, newSecret } from './secrets.js';
import { addDays } from '../platform/time/days.js';

/** How long a browser session lasts. */
export const SESSION_DAYS = 14;

export interface Session {
  /** The secret for the cookie; only its hash is stored. */
  token: string;
  expiresAt: Date;
  actor: Actor;
}

/** Opens a browser session for a user who proved who they are (a password login, an accepted invite), and notes the login. */
export async function openSession(trx: Executor, actor: Actor, now: Date): Promise<Session> {
  const token = newSecret('cps');
  const expiresAt = addDays(now, SESSION_DAYS);
  await trx
    .insertInto('sessions')
    .values({ token_hash: hashSecret(token), agency_id: actor.agencyId, user_id: actor.userId, created_at: now, expires_at: expiresAt })
    .execute();
  await trx.updateTable('users').set({ last_login_at: now }).where('agency_id', '=', actor.agencyId).where('id', '=', actor.userId).execute();
  return { token, expiresAt, actor };
}
