import { z } from 'zod';
import { validationError } from '../platform/errors.js';
import type { Db } from '../platform/db/database.js';
import { parseInput } from '../platform/input/input.js';
import { PASSWORD_MESSAGES } from './domain/password-policy.js';
import type { Actor } from './domain/roles.js';
import { givenPassword, newPassword } from './password-input.js';
import { hashPassword, verifyPassword } from './passwords.js';
import { hashSecret } from './secrets.js';

export const changePasswordInput = z
  .object({
    currentPassword: givenPassword,
    /** At least 12 characters and not a common password (docs/api.md, Passwords). */
    newPassword,
  })
  .strict();

/**
 * Changes the caller's own password after checking the current one, and
 * ends their other sessions (the one given as `keepSession` stays; API
 * tokens stay too: revoke them separately). A wrong current password is a
 * field error on `currentPassword`.
 */
export async function changePassword(db: Db, actor: Actor, input: z.input<typeof changePasswordInput>, keepSession?: string): Promise<void> {
  // One's own password: everyone who is logged in, whatever their role holds (the platform operator too).
  const request = parseInput(changePasswordInput, input);
  const user = await db
    .selectFrom('users')
    .select('password_hash')
    .where('agency_id', '=', actor.agencyId)
    .where('id', '=', actor.userId)
    .executeTakeFirstOrThrow();
  if (!(await verifyPassword(request.currentPassword, user.password_hash))) {
    throw validationError([{ path: 'currentPassword', message: PASSWORD_MESSAGES.en.not_current }]);
  }
  const passwordHash = await hashPassword(request.newPassword);
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('users').set({ password_hash: passwordHash }).where('agency_id', '=', actor.agencyId).where('id', '=', actor.userId).execute();
    let others = trx.deleteFrom('sessions').where('agency_id', '=', actor.agencyId).where('user_id', '=', actor.userId);
    if (keepSession) others = others.where('token_hash', '!=', hashSecret(keepSession));
    await others.execute();
  });
}
