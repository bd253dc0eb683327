import { conflict } from '../platform/errors.js';
import type { Executor } from '../platform/db/database.js';

/**
 * Refuses (CONFLICT) a change that would leave the agency without an
 * active user holding `users:manage` (an admin, with the built-in roles):
 * demoting or deactivating `except.userId`, or taking the right from the
 * role `except.roleKey`, when no other active user keeps it. It locks the
 * agency's row first, so two admins demoting or deactivating each other at
 * the same moment are decided one after the other, and the second sees the
 * first's change (no agency ends up with nobody who can manage it). Call
 * it inside the transaction that makes the change, before making it.
 */
export async function assertAnotherActiveAdmin(trx: Executor, agencyId: string, except: { userId?: string; roleKey?: string }): Promise<void> {
  // NO KEY UPDATE: concurrent inserts that merely reference the agency (their foreign keys) are not held up.
  await trx.selectFrom('agencies').select('id').where('id', '=', agencyId).forNoKeyUpdate().executeTakeFirst();
  let others = trx
    .selectFrom('users as u')
    .innerJoin('agency_roles as r', (join) => join.onRef('r.agency_id', '=', 'u.agency_id').onRef('r.key', '=', 'u.role'))
    .select('u.id')
    .where('u.agency_id', '=', agencyId)
    .where('u.deactivated_at', 'is', null)
    .where((eb) => eb(eb.val('users:manage'), '=', eb.fn.any('r.permissions')));
  if (except.userId !== undefined) others = others.where('u.id', '!=', except.userId);
  if (except.roleKey !== undefined) others = others.where('u.role', '!=', except.roleKey);
  const other = await others.limit(1).executeTakeFirst();
  if (!other) throw conflict('This is the last active admin of the agency; make another user admin first.');
}

/** Whether a role of the agency holds `users:manage`. */
export async function roleManagesUsers(trx: Executor, agencyId: string, roleKey: string): Promise<boolean> {
  const role = await trx.selectFrom('agency_roles').select('permissions').where('agency_id', '=', agencyId).where('key', '=', roleKey).executeTakeFirst();
  return role?.permissions.includes('users:manage') ?? false;
}
