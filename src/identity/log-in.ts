import { z } from 'zod';
import { systemClock, type Clock } from '../platform/clock.js';
import { DomainError } from '../platform/errors.js';
import type { Actor } from './domain/roles.js';
import type { Db } from '../platform/db/database.js';
import { LIMITS, parseInput } from '../platform/input/input.js';
import { verifyPassword } from './passwords.js';
import { givenPassword } from './password-input.js';
import { hashSecret, newSecret } from './secrets.js';
import { addDays } from '../platform/time/days.js';

/** How long a browser session lasts. */
export const SESSION_DAYS = 14;

export const logInInput = z
  .object({
    email: z.email({ error: 'must be an e-mail address' }).max(LIMITS.email).transform((e) => e.toLowerCase()),
    password: givenPassword,
  })
  .strict();

export interface Session {
  /** The secret for the cookie; only its hash is stored. */
  token: string;
  expiresAt: Date;
  actor: Actor;
}

// Compared against when the e-mail is unknown, so both paths take as long.
const DECOY_HASH = 'scrypt$131072$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';

/** Checks e-mail and password and opens a session; UNAUTHORIZED with one message for any mismatch. */
export async function logIn(db: Db, input: z.input<typeof logInInput>, clock: Clock = systemClock): Promise<Session> {
  const request = parseInput(logInInput, input);
  const user = await db
    .selectFrom('users')
    .select(['agency_id', 'id', 'role', 'password_hash', 'deactivated_at'])
    .where('email', '=', request.email)
    .executeTakeFirst();
  const valid = await verifyPassword(request.password, user?.password_hash ?? DECOY_HASH);
  if (!user || !valid || user.deactivated_at) throw new DomainError('UNAUTHORIZED', 'Wrong e-mail address or password.', {});

  const now = clock();
  const token = newSecret('cps');
  const expiresAt = addDays(now, SESSION_DAYS);
  await db
    .insertInto('sessions')
    .values({ token_hash: hashSecret(token), agency_id: user.agency_id, user_id: user.id, created_at: now, expires_at: expiresAt })
    .execute();
  return { token, expiresAt, actor: { agencyId: user.agency_id, userId: user.id, role: user.role } };
}
