import { z } from 'zod';
import { notFound } from '../platform/errors.js';
import type { Db } from '../platform/db/database.js';
import { id, parseInput } from '../platform/input/input.js';
import { authorize } from './authorize.js';
import type { Actor } from './domain/roles.js';
import { newPassword } from './password-input.js';
import { hashPassword } from './passwords.js';

export const resetPasswordInput = z
  .object({
    userId: id,
    /** At least 12 characters and not a common password (docs/api.md, Passwords). */
    newPassword,
  })
  .strict();

/**
 * An admin sets a new password for a user of their own agency (one who
 * forgot theirs) and ends that user's sessions. Another agency's user is
 * not found.
 */
export async function resetPassword(db: Db, actor: Actor, input: z.input<typeof resetPasswordInput>): Promise<void> {
  authorize(actor, 'users:manage');
  const request = parseInput(resetPasswordInput, input);
  const passwordHash = await hashPassword(request.newPassword);
  await db.transaction().execute(async (trx) => {
    const user = await trx
      .updateTable('users')
      .set({ password_hash: passwordHash })
      .where('agency_id', '=', actor.agencyId)
      .where('id', '=', request.userId)
      .returning('id')
      .executeTakeFirst();
    if (!user) throw notFound('User', request.userId);
    await trx.deleteFrom('sessions').where('agency_id', '=', actor.agencyId).where('user_id', '=', request.userId).execute();
  });
}
