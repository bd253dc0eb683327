import { z } from 'zod';
import type { Actor } from '../identity/domain/index.js';
import { authorize } from '../identity/index.js';
import type { Db } from '../platform/db/database.js';
import { conflict, notFound } from '../platform/errors.js';
import { id, parseInput } from '../platform/input/input.js';

export const deleteContactRoleInput = z.object({ roleId: id }).strict();

export async function deleteContactRole(db: Db, actor: Actor, input: z.input<typeof deleteContactRoleInput>): Promise<void> {
  authorize(actor, 'settings:manage');
  const request = parseInput(deleteContactRoleInput, input);
  await db.transaction().execute(async (trx) => {
    const role = await trx.selectFrom('dossier_contact_roles').select('id').where('agency_id', '=', actor.agencyId).where('id', '=', request.roleId).forUpdate().executeTakeFirst();
    if (!role) throw notFound('ContactRole', request.roleId);
    const inUse = await trx.selectFrom('dossier_contacts').select('role_id').where('agency_id', '=', actor.agencyId).where('role_id', '=', role.id).limit(1).executeTakeFirst();
    if (inUse) throw conflict('This role is given to contacts on dossiers: give them another role first.');
    await trx.deleteFrom('dossier_contact_roles').where('agency_id', '=', actor.agencyId).where('id', '=', role.id).execute();
  });
}
