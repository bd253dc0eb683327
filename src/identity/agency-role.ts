import { z } from 'zod';
import { validationError } from '../platform/errors.js';
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
