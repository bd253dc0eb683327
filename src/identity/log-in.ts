import { z } from 'zod';
import { systemClock, type Clock } from '../platform/clock.js';
import { DomainError } from '../platform/errors.js';
import type { Actor } from './domain/roles.js';
import type { Db } from '../platform/db/database.js';
import { LIMITS, parseInput } from '../platform/input/input.js';
import { verifyPassword } from './passwords.js';
import { givenPassword } from './password-input.js';
import { openSession, type Session } from './open-session.js';

export { SESSION_DAYS, type Session } from './open-session.js';

export const logInInput = z
  .object({
    email: z.email({ error: 'must be an e-mail address' }).max(LIMITS.email).transform((e) => e.toLowerCase()),
    password: givenPassword,
  })
  .strict();

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

  const actor: Actor = { agencyId: user.agency_id, userId: user.id, role: user.role };
  return db.transaction().execute((trx) => openSession(trx, actor, clock()));
}
