import { z } from 'zod';
import { systemClock, type Clock } from '../platform/clock.js';
import type { Db } from '../platform/db/database.js';
import { LIMITS, parseInput, text } from '../platform/input/input.js';
import { insertUser } from './create-user.js';
import { readCurrentUser, type CurrentUser } from './current-user.js';
import { findOpenInvite, inviteToken } from './invite-lookup.js';
import { openSession, type Session } from './open-session.js';
import { newPassword } from './password-input.js';
import { hashPassword } from './passwords.js';

export const acceptInviteInput = z
  .object({
    /** The secret from the invite link. */
    token: inviteToken,
    /** Your name, as colleagues will see it. */
    name: text(LIMITS.name),
    /** At least 12 characters and not a common password (docs/api.md, Passwords). */
    password: newPassword,
  })
  .strict();

/**
 * The invitee joins: a user of the inviting agency with the invited e-mail
 * and role, their own name and password, logged in at once. The invite is
 * used up in the same transaction, so it works once even when accepted
 * twice at the same moment; an expired, withdrawn or used one is refused
 * (findOpenInvite), and an address that meanwhile got a login is a CONFLICT.
 */
export async function acceptInvite(db: Db, input: z.input<typeof acceptInviteInput>, clock: Clock = systemClock): Promise<Session & { user: CurrentUser }> {
  const request = parseInput(acceptInviteInput, input);
  // Checked before hashing, so a dead link costs no scrypt; checked again under the lock below.
  await findOpenInvite(db, request.token, clock());
  const passwordHash = await hashPassword(request.password);
  return db.transaction().execute(async (trx) => {
    const now = clock();
    const invite = await findOpenInvite(trx, request.token, now, { lock: true });
    const user = await insertUser(trx, invite.agency_id, { email: invite.email, name: request.name, role: invite.role, passwordHash });
    await trx.updateTable('invites').set({ accepted_at: now, user_id: user.id }).where('agency_id', '=', invite.agency_id).where('id', '=', invite.id).execute();
    const session = await openSession(trx, { agencyId: invite.agency_id, userId: user.id, role: invite.role }, now);
    return { ...session, user: await readCurrentUser(trx, session.actor) };
  });
}
