import { z } from 'zod';
import { notFound, validationError } from '../platform/errors.js';
import type { Db } from '../platform/db/database.js';
import { id, LIMITS, parseInput, text } from '../platform/input/input.js';
import { agencyRolePermissions, givingRole, roleKey } from './agency-role.js';
import { authorize } from './authorize.js';
import { activeBranch } from './branch-rules.js';
import type { Actor } from './domain/roles.js';
import { assertAnotherActiveAdmin } from './last-admin.js';
import { toTeamMember, type TeamMember } from './team-member.js';

export const updateUserInput = z
  .object({
    userId: id,
    /** The colleague's new role: one of the agency's (GET /api/roles); never `operator`. */
    role: roleKey.optional(),
    /** Their display name. */
    name: text(LIMITS.name).optional(),
    /** Their branch (vestiging; an active one of the agency), or null for none. */
    branchId: id.nullable().optional(),
  })
  .strict();

/**
 * An admin changes a colleague's role, name or branch (their own too).
 * Taking `users:manage` from the agency's last active user holding it is a
 * CONFLICT. The new role and branch hold for the user's existing sessions
 * and tokens from their next request on (the caller forgets them in the
 * auth cache). Another agency's user is not found.
 */
export async function updateUser(db: Db, actor: Actor, input: z.input<typeof updateUserInput>): Promise<TeamMember> {
  authorize(actor, 'users:manage');
  const request = parseInput(updateUserInput, input);
  if (request.role === undefined && request.name === undefined && request.branchId === undefined) {
    throw validationError([{ path: '', message: 'Send role, name or branchId.' }]);
  }
  // A role deleted meanwhile is a CONFLICT (givingRole).
  return givingRole(() =>
    db.transaction().execute(async (trx) => {
      const newRole = request.role === undefined ? undefined : await agencyRolePermissions(trx, actor.agencyId, request.role);
      if (request.branchId) await activeBranch(trx, actor.agencyId, request.branchId, 'branchId');
      const current = await trx
        .selectFrom('users as u')
        .leftJoin('agency_roles as r', (join) => join.onRef('r.agency_id', '=', 'u.agency_id').onRef('r.key', '=', 'u.role'))
        .select(['u.role', 'u.deactivated_at', 'r.permissions'])
        .where('u.agency_id', '=', actor.agencyId)
        .where('u.id', '=', request.userId)
        .forUpdate('u')
        .executeTakeFirst();
      if (!current) throw notFound('User', request.userId);
      const losesUsersManage = (current.permissions ?? []).includes('users:manage') && newRole !== undefined && !newRole.includes('users:manage');
      if (losesUsersManage && current.deactivated_at === null) await assertAnotherActiveAdmin(trx, actor.agencyId, { userId: request.userId });
      const row = await trx
        .updateTable('users')
        .set({
          ...(request.role !== undefined ? { role: request.role } : {}),
          ...(request.name !== undefined ? { name: request.name } : {}),
          ...(request.branchId !== undefined ? { branch_id: request.branchId } : {}),
        })
        .where('agency_id', '=', actor.agencyId)
        .where('id', '=', request.userId)
        .returning(['id', 'email', 'name', 'role', 'deactivated_at', 'last_login_at', 'branch_id'])
        .executeTakeFirstOrThrow();
      return toTeamMember(row, actor);
    }),
  );
}
