import { createHash, randomBytes } from 'node:crypto';
import { z } from 'zod';
import { systemClock, type Clock } from '../platform/clock.js';
import { DomainError } from '../platform/errors.js';
import type { Actor } from './domain/roles.js';
import type { Db } from '../platform/db/database.js';
import { LIMITS, parseInput, plainString } from '../platform/input/input.js';
import { verifyPassword } from './passwords.js';

/** How long a browser session lasts. */
export const SESSION_DAYS = 14;

export const logInInput = z
  .object({
    email: z.email({ error: 'must be an e-mail address' }).max(LIMITS.email).transform((e) => e.toLowerCase()),
    password: plainString().min(1, { error: 'must not be empty' }).max(200),
  })
  .strict();

export interface Session {
  /** The secret for the cookie; only its hash is stored. */
  token: string;
  expiresAt: Date;
  actor: Actor;
}

/** A random secret with a recognisable prefix (so leaked ones can be found by scanners). */
export function newSecret(prefix: string): string {
  return `${prefix}_${randomBytes(32).toString('base64url')}`;
}

/** Secrets are 256-bit random, so a fast hash is enough to make a stored copy useless. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('base64url');
}

// Compared against when the e-mail is unknown, so both paths take as long.
const DECOY_HASH = 'scrypt$131072$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';

/** Checks e-mail and password and opens a session; UNAUTHORIZED with one message for any mismatch. */
export async function logIn(db: Db, input: z.input<typeof logInInput>, clock: Clock = systemClock): Promise<Session> {
  const request = parseInput(logInInput, input);
  const user = await db
    .selectFrom('users')
    .select(['agency_id', 'id', 'role', 'password_hash'])
    .where('email', '=', request.email)
    .executeTakeFirst();
  const valid = await verifyPassword(request.password, user?.password_hash ?? DECOY_HASH);
  if (!user || !valid) throw new DomainError('UNAUTHORIZED', 'Wrong e-mail address or password.', {});

  const now = clock();
  const token = newSecret('cps');
  const expiresAt = new Date(now.getTime() + SESSION_DAYS * 86_400_000);
  await db
    .insertInto('sessions')
    .values({ token_hash: hashSecret(token), agency_id: user.agency_id, user_id: user.id, created_at: now, expires_at: expiresAt })
    .execute();
  return { token, expiresAt, actor: { agencyId: user.agency_id, userId: user.id, role: user.role } };
}

/** Ends a session; unknown tokens are ignored so logging out twice is harmless. */
export async function logOut(db: Db, token: string): Promise<void> {
  await db.deleteFrom('sessions').where('token_hash', '=', hashSecret(token)).execute();
}

/** The user a session cookie belongs to, or null when it is unknown or expired. */
export async function authenticateSession(db: Db, token: string, clock: Clock = systemClock): Promise<Actor | null> {
  const row = await db
    .selectFrom('sessions as s')
    .innerJoin('users as u', (join) => join.onRef('u.agency_id', '=', 's.agency_id').onRef('u.id', '=', 's.user_id'))
    .select(['u.agency_id', 'u.id', 'u.role'])
    .where('s.token_hash', '=', hashSecret(token))
    .where('s.expires_at', '>', clock())
    .executeTakeFirst();
  return row ? { agencyId: row.agency_id, userId: row.id, role: row.role } : null;
}

// Recording every use would turn each API read into a write on one hot row.
const LAST_USED_RESOLUTION_MS = 5 * 60_000;

/** The user a personal API token belongs to, or null when it is unknown or revoked. */
export async function authenticateApiToken(db: Db, token: string, clock: Clock = systemClock): Promise<Actor | null> {
  const row = await db
    .selectFrom('api_tokens as t')
    .innerJoin('users as u', (join) => join.onRef('u.agency_id', '=', 't.agency_id').onRef('u.id', '=', 't.user_id'))
    .select(['t.id as token_id', 't.last_used_at', 'u.agency_id', 'u.id', 'u.role'])
    .where('t.token_hash', '=', hashSecret(token))
    .where('t.revoked_at', 'is', null)
    .executeTakeFirst();
  if (!row) return null;
  const now = clock();
  if (!row.last_used_at || now.getTime() - row.last_used_at.getTime() > LAST_USED_RESOLUTION_MS) {
    await db.updateTable('api_tokens').set({ last_used_at: now }).where('agency_id', '=', row.agency_id).where('id', '=', row.token_id).execute();
  }
  return { agencyId: row.agency_id, userId: row.id, role: row.role };
}
