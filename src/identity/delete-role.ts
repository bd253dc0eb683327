import { z } from 'zod';
import { conflict, notFound } from '../platform/errors.js';
import type { Db } from '../platform/db/database.js';
import { id, parseInput } from '../platform/input/input.js';
import { authorize } from './authorize.js';
import type { Actor } from './domain/roles.js';

export const deleteRoleInput = z.object({ roleId: id }).strict();

/**
 * An admin removes one of the agency's own roles. Refused (CONFLICT) for a
 * built-in role and while a user (deactivated ones too) or an invite
 * (also a past one, which records what it offered) names it.
 */
export async function deleteRole(db: Db, actor: Actor, input: z.input<typeof deleteRoleInput>): Promise<void> {
  authorize(actor, 'users:manage');
  const { roleId } = parseInput(deleteRoleInput, input);
  await db.transaction().execute(async (trx) => {
    const role = await trx
      .selectFrom('agency_roles')
      .select(['key', 'built_in'])
      .where('agency_id', '=', actor.agencyId)
      .where('id', '=', roleId)
      .forUpdate()
      .executeTakeFirst();
    if (!role) throw notFound('Role', roleId);
    if (role.built_in) throw conflict('Built-in roles cannot be deleted.');
    // FOR UPDATE above: a user or invite given this role meanwhile waits on its foreign key, then fails on it (a CONFLICT there, agency-role.ts givingRole).
    const held = await trx
      .selectFrom('users')
      .select('id')
      .where('agency_id', '=', actor.agencyId)
      .where('role', '=', role.key)
      .union(trx.selectFrom('invites').select('id').where('agency_id', '=', actor.agencyId).where('role', '=', role.key))
      .limit(1)
      .executeTakeFirst();
    if (held) throw conflict('This role is held by users or invites; give them another role first.');
    await trx.deleteFrom('agency_roles').where('agency_id', '=', actor.agencyId).where('id', '=', roleId).execute();
  });
}
