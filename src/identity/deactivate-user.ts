import { z } from 'zod';
import { systemClock, type Clock } from '../platform/clock.js';
import { conflict, notFound } from '../platform/errors.js';
import type { Db } from '../platform/db/database.js';
import { id, parseInput } from '../platform/input/input.js';
import { authorize } from './authorize.js';
import type { Actor } from './domain/roles.js';
import { assertAnotherActiveAdmin, roleManagesUsers } from './last-admin.js';

export const deactivateUserInput = z.object({ userId: id }).strict();

/**
 * An admin takes away a colleague's access: they can no longer log in,
 * their sessions end and their API tokens are revoked. The user stays (as
 * owner and author of records). Deactivating again is harmless; oneself is
 * a CONFLICT, and so is the agency's last active admin (an agency must
 * keep an admin who can log in, also when two admins deactivate each
 * other at once); another agency's user is not found.
 */
export async function deactivateUser(db: Db, actor: Actor, input: z.input<typeof deactivateUserInput>, clock: Clock = systemClock): Promise<void> {
  authorize(actor, 'users:manage');
  const { userId } = parseInput(deactivateUserInput, input);
  if (userId === actor.userId) throw conflict('You cannot deactivate yourself; ask another admin.');
  const now = clock();
  await db.transaction().execute(async (trx) => {
    const target = await trx.selectFrom('users').select(['role', 'deactivated_at']).where('agency_id', '=', actor.agencyId).where('id', '=', userId).forUpdate().executeTakeFirst();
    if (!target) throw notFound('User', userId);
    if (target.deactivated_at === null && (await roleManagesUsers(trx, actor.agencyId, target.role))) await assertAnotherActiveAdmin(trx, actor.agencyId, { userId });
    const user = await trx
      .updateTable('users')
      .set((eb) => ({ deactivated_at: eb.fn.coalesce('deactivated_at', eb.val(now)) }))
      .where('agency_id', '=', actor.agencyId)
      .where('id', '=', userId)
      .returning('id')
      .executeTakeFirst();
    if (!user) throw notFound('User', userId);
    await trx.deleteFrom('sessions').where('agency_id', '=', actor.agencyId).where('user_id', '=', userId).execute();
    await trx
      .updateTable('api_tokens')
      .set({ revoked_at: now })
      .where('agency_id', '=', actor.agencyId)
      .where('user_id', '=', userId)
      .where('revoked_at', 'is', null)
      .execute();
  });
}
