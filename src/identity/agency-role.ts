import { z } from 'zod';
import { conflict, validationError } from '../platform/errors.js';
import { isForeignKeyViolation } from '../platform/db/foreign-key-violation.js';
import type { Executor } from '../platform/db/database.js';
import { plainString } from '../platform/input/input.js';
import { ROLE_KEY_PATTERN } from './domain/roles.js';

/** A role's key as a request names it: a built-in role or one of the agency's own. */
export const roleKey = plainString()
  .trim()
  .regex(ROLE_KEY_PATTERN, { error: 'must be a role key: 2 to 40 lowercase letters, digits or dashes, starting with a letter' });

/**
 * Refuses (VALIDATION on `path`) a role that is not one of the agency's,
 * `operator` included: the operator is the platform's, never an agency
 * role. Returns the role's permissions.
 */
export async function agencyRolePermissions(trx: Executor, agencyId: string, key: string, path = 'role'): Promise<string[]> {
  const role = await trx.selectFrom('agency_roles').select('permissions').where('agency_id', '=', agencyId).where('key', '=', key).executeTakeFirst();
  if (!role) throw validationError([{ path, message: 'is not a role of your agency' }]);
  return role.permissions;
}

export const roleKeySchema = z.string().describe("The key of one of the agency's roles (GET /api/roles); `operator` for the platform operator");

/** The refusal when a role was deleted while being given (messages.ts has it in Dutch). */
export const ROLE_DELETED_MEANWHILE = 'This role was deleted just now; choose another role.';

/**
 * Runs a write that gives a role (to a colleague, a new user, an invite),
 * answering CONFLICT when the role was deleted meanwhile. The role was read
 * first (agencyRolePermissions) but not locked: a delete that got there
 * first (delete-role.ts locks the role, finds nobody holding it) makes the
 * write wait on its foreign key and then fail on it. The transaction rolls
 * back whole; without this it was a 500.
 */
export async function givingRole<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isForeignKeyViolation(error, 'users_role_fkey') || isForeignKeyViolation(error, 'invites_role_fkey')) throw conflict(ROLE_DELETED_MEANWHILE);
    throw error;
  }
}
