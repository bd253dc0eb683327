import { z } from 'zod';
import { conflict, notFound, validationError } from '../platform/errors.js';
import type { Db } from '../platform/db/database.js';
import { id, parseInput } from '../platform/input/input.js';
import { authorize } from './authorize.js';
import type { Actor } from './domain/roles.js';
import { assertAnotherActiveAdmin } from './last-admin.js';
import { roleNames, rolePermissions } from './role-input.js';
import { readRoles, type RoleView } from './role-view.js';

export const updateRoleInput = z
  .object({
    roleId: id,
    name: roleNames.optional(),
    /** The whole new list: it replaces the old one. */
    permissions: rolePermissions.optional(),
  })
  .strict();

/**
 * An admin renames one of the agency's own roles or changes its
 * permissions; they hold for its users' open sessions and tokens from their
 * next request on (the caller forgets them in the auth cache). Built-in
 * roles are read-only (CONFLICT), and so is taking `users:manage` from a
 * role when no active user of another role keeps it.
 */
export async function updateRole(db: Db, actor: Actor, input: z.input<typeof updateRoleInput>): Promise<RoleView> {
  authorize(actor, 'users:manage');
  const request = parseInput(updateRoleInput, input);
  if (request.name === undefined && request.permissions === undefined) throw validationError([{ path: '', message: 'Send name or permissions.' }]);
  return db.transaction().execute(async (trx) => {
    const role = await trx
      .selectFrom('agency_roles')
      .select(['key', 'built_in', 'permissions'])
      .where('agency_id', '=', actor.agencyId)
      .where('id', '=', request.roleId)
      .forUpdate()
      .executeTakeFirst();
    if (!role) throw notFound('Role', request.roleId);
    if (role.built_in) throw conflict('Built-in roles cannot be changed; add a role of your own.');
    if (request.permissions && role.permissions.includes('users:manage') && !request.permissions.includes('users:manage')) {
      await assertAnotherActiveAdmin(trx, actor.agencyId, { roleKey: role.key });
    }
    await trx
      .updateTable('agency_roles')
      .set({
        ...(request.name ? { name_nl: request.name.nl, name_en: request.name.en } : {}),
        ...(request.permissions ? { permissions: request.permissions } : {}),
      })
      .where('agency_id', '=', actor.agencyId)
      .where('id', '=', request.roleId)
      .execute();
    return (await readRoles(trx, actor.agencyId, { id: request.roleId }))[0]!;
  });
}
