import { z } from 'zod';
import type { Actor } from '../identity/domain/index.js';
import { authorize } from '../identity/index.js';
import type { Db } from '../platform/db/database.js';
import { notFound, validationError } from '../platform/errors.js';
import { id, parseInput, wholeNumber } from '../platform/input/input.js';
import { roleName, toContactRoleView, type ContactRoleView } from './contact-roles.js';

export const updateContactRoleInput = z.object({ roleId: id, name: roleName.optional(), position: wholeNumber(0, 1000).optional() }).strict();

export async function updateContactRole(db: Db, actor: Actor, input: z.input<typeof updateContactRoleInput>): Promise<ContactRoleView> {
  authorize(actor, 'settings:manage');
  const request = parseInput(updateContactRoleInput, input);
  if (!request.name && request.position === undefined) throw validationError([{ path: '', message: 'nothing to change: give name or position' }]);
  const row = await db
    .updateTable('dossier_contact_roles')
    .set({
      ...(request.name ? { name_nl: request.name.nl, name_en: request.name.en } : {}),
      ...(request.position !== undefined ? { position: request.position } : {}),
    })
    .where('agency_id', '=', actor.agencyId)
    .where('id', '=', request.roleId)
    .returningAll()
    .executeTakeFirst();
  if (!row) throw notFound('ContactRole', request.roleId);
  return toContactRoleView(row);
}
