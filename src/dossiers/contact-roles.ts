import { z } from 'zod';
import type { Actor } from '../identity/domain/index.js';
import { authorize } from '../identity/index.js';
import type { Db } from '../platform/db/database.js';
import { conflict, notFound, validationError } from '../platform/errors.js';
import { id, parseInput, text, wholeNumber } from '../platform/input/input.js';
import type { contactRoleSchema } from './dossiers.schemas.js';

/*
 * The agency's list of contact roles on dossiers (seeded per agency:
 * main contact, signatory, hiring manager). Anyone who may view leads or
 * opportunities reads it; admins (settings:manage) edit it. A role in use
 * cannot be deleted (the database's foreign key refuses it).
 */

export type ContactRoleView = z.output<typeof contactRoleSchema>;

const roleName = z.object({ nl: text(100), en: text(100) }).strict();
export const createContactRoleInput = z.object({ name: roleName, position: wholeNumber(0, 1000).optional() }).strict();
export const updateContactRoleInput = z.object({ roleId: id, name: roleName.optional(), position: wholeNumber(0, 1000).optional() }).strict();
export const deleteContactRoleInput = z.object({ roleId: id }).strict();

const toView = (row: { id: string; name_nl: string; name_en: string; position: number }): ContactRoleView => ({ id: row.id, name: { nl: row.name_nl, en: row.name_en }, position: row.position });

/** The agency's contact roles in their order. */
export async function listContactRoles(db: Db, actor: Actor): Promise<ContactRoleView[]> {
  authorize(actor, 'pipeline:read');
  const rows = await db.selectFrom('dossier_contact_roles').selectAll().where('agency_id', '=', actor.agencyId).orderBy('position').orderBy('name_en').orderBy('id').execute();
  return rows.map(toView);
}

export async function createContactRole(db: Db, actor: Actor, input: z.input<typeof createContactRoleInput>): Promise<ContactRoleView> {
  authorize(actor, 'settings:manage');
  const request = parseInput(createContactRoleInput, input);
  const row = await db
    .insertInto('dossier_contact_roles')
    .values({ agency_id: actor.agencyId, name_nl: request.name.nl, name_en: request.name.en, ...(request.position !== undefined ? { position: request.position } : {}) })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toView(row);
}

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
  return toView(row);
}

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
