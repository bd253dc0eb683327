import { conflict } from '../platform/errors.js';
import type { Executor } from '../platform/db/database.js';

/**
 * Refuses (CONFLICT) a change that would leave the agency without an
 * active admin: demoting or deactivating `userId` when no other active
 * admin remains. It locks the agency's row first, so two admins demoting
 * or deactivating each other at the same moment are decided one after the
 * other, and the second sees the first's change (no agency ends up with
 * nobody who can manage it). Call it inside the transaction that makes the
 * change, before making it.
 */
export async function assertAnotherActiveAdmin(trx: Executor, agencyId: string, userId: string): Promise<void> {
  // NO KEY UPDATE: concurrent inserts that merely reference the agency (their foreign keys) are not held up.
  await trx.selectFrom('agencies').select('id').where('id', '=', agencyId).forNoKeyUpdate().executeTakeFirst();
  const other = await trx
    .selectFrom('users')
    .select('id')
    .where('agency_id', '=', agencyId)
    .where('role', '=', 'admin')
    .where('deactivated_at', 'is', null)
    .where('id', '!=', userId)
    .limit(1)
    .executeTakeFirst();
  if (!other) throw conflict('This is the last active admin of the agency; make another user admin first.');
}
