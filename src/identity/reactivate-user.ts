import { z } from 'zod';
import { notFound } from '../platform/errors.js';
import type { Db } from '../platform/db/database.js';
import { id, parseInput } from '../platform/input/input.js';
import { authorize } from './authorize.js';
import type { Actor } from './domain/roles.js';

export const reactivateUserInput = z.object({ userId: id }).strict();

/**
 * An admin gives a deactivated colleague their access back: they can log
 * in again with their password (an admin may set a new one). Their old
 * sessions and API tokens stay ended: they log in afresh and make new
 * tokens. Reactivating an active user changes nothing; another agency's
 * user is not found.
 */
export async function reactivateUser(db: Db, actor: Actor, input: z.input<typeof reactivateUserInput>): Promise<void> {
  authorize(actor, 'users:manage');
  const { userId } = parseInput(reactivateUserInput, input);
  const user = await db
    .updateTable('users')
    .set({ deactivated_at: null })
    .where('agency_id', '=', actor.agencyId)
    .where('id', '=', userId)
    .returning('id')
    .executeTakeFirst();
  if (!user) throw notFound('User', userId);
}
