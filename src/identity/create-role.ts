import { z } from 'zod';
import { conflict } from '../platform/errors.js';
import type { Db } from '../platform/db/database.js';
import { parseInput } from '../platform/input/input.js';
import { roleKey } from './agency-role.js';
import { authorize } from './authorize.js';
import type { Actor } from './domain/roles.js';
import { roleNames, rolePermissions } from './role-input.js';
import { readRoles, type RoleView } from './role-view.js';

export const createRoleInput = z
  .object({
    /** What users and invites will name as their role; unique in the agency, never changed. */
    key: roleKey,
    name: roleNames,
    permissions: rolePermissions,
  })
  .strict();

/** An admin adds a role of the agency's own (SPEC R4.7). A key the agency has (a built-in one too) is a CONFLICT. */
export async function createRole(db: Db, actor: Actor, input: z.input<typeof createRoleInput>): Promise<RoleView> {
  authorize(actor, 'users:manage');
  const request = parseInput(createRoleInput, input);
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('agency_roles')
      .values({ agency_id: actor.agencyId, key: request.key, name_nl: request.name.nl, name_en: request.name.en, permissions: request.permissions })
      .onConflict((oc) => oc.columns(['agency_id', 'key']).doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!row) throw conflict(`Your agency already has a role with key ${request.key}.`);
    return (await readRoles(trx, actor.agencyId, { id: row.id }))[0]!;
  });
}
