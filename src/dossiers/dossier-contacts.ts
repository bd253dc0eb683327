import { z } from 'zod';
import type { Actor } from '../identity/domain/index.js';
import { authorize } from '../identity/index.js';
import { systemClock, type Clock } from '../platform/clock.js';
import type { Db } from '../platform/db/database.js';
import { notFound } from '../platform/errors.js';
import { id, parseInput } from '../platform/input/input.js';
import { appendDossierActivity, lockLiveDossier } from '../pipeline/index.js';
import { dossierPermission } from './domain/index.js';
import { findContact, findRole, linkContact } from './dossier-refs.js';
import { contactsOf, type DossierContactView } from './read-dossier.js';

/*
 * A dossier's contacts, each with a role (SPEC R4.1): link, change the
 * role, unlink — three small verbs on one link, kept together. Each is
 * recorded on the dossier's timeline and answers the dossier's contacts.
 */

export const linkDossierContactInput = z.object({ dossierId: id, contactId: id, roleId: id }).strict();
export const changeDossierContactRoleInput = linkDossierContactInput;
export const unlinkDossierContactInput = z.object({ dossierId: id, contactId: id }).strict();

/** Links a contact of the agency to a dossier with a role; 409 when already linked. */
export async function linkDossierContact(db: Db, actor: Actor, input: z.input<typeof linkDossierContactInput>, clock: Clock = systemClock): Promise<DossierContactView[]> {
  const request = parseInput(linkDossierContactInput, input);
  return db.transaction().execute(async (trx) => {
    const dossier = await lockLiveDossier(trx, actor.agencyId, request.dossierId);
    authorize(actor, dossierPermission(dossier.kind, 'edit'));
    await linkContact(trx, dossier, request, actor.userId, clock());
    return contactsOf(trx, actor.agencyId, dossier.id);
  });
}

/** Gives a linked contact another role. */
export async function changeDossierContactRole(db: Db, actor: Actor, input: z.input<typeof changeDossierContactRoleInput>, clock: Clock = systemClock): Promise<DossierContactView[]> {
  const request = parseInput(changeDossierContactRoleInput, input);
  return db.transaction().execute(async (trx) => {
    const dossier = await lockLiveDossier(trx, actor.agencyId, request.dossierId);
    authorize(actor, dossierPermission(dossier.kind, 'edit'));
    const contact = await findContact(trx, actor.agencyId, request.contactId);
    const role = await findRole(trx, actor.agencyId, request.roleId);
    const previous = await trx
      .updateTable('dossier_contacts')
      .set({ role_id: role.id })
      .where('agency_id', '=', actor.agencyId)
      .where('dossier_id', '=', dossier.id)
      .where('contact_id', '=', contact.id)
      .returning('role_id')
      .executeTakeFirst();
    if (!previous) throw notFound('Contact', request.contactId);
    await appendDossierActivity(trx, {
      agencyId: actor.agencyId,
      dossierId: dossier.id,
      type: 'contact_role_changed',
      userId: actor.userId,
      createdAt: clock(),
      description: contact.name,
      extraData: { contactId: contact.id, roleId: role.id, role: { nl: role.name_nl, en: role.name_en } },
    });
    return contactsOf(trx, actor.agencyId, dossier.id);
  });
}

/** Unlinks a contact from a dossier (the contact itself stays). */
export async function unlinkDossierContact(db: Db, actor: Actor, input: z.input<typeof unlinkDossierContactInput>, clock: Clock = systemClock): Promise<DossierContactView[]> {
  const request = parseInput(unlinkDossierContactInput, input);
  return db.transaction().execute(async (trx) => {
    const dossier = await lockLiveDossier(trx, actor.agencyId, request.dossierId);
    authorize(actor, dossierPermission(dossier.kind, 'edit'));
    const contact = await findContact(trx, actor.agencyId, request.contactId);
    const removed = await trx
      .deleteFrom('dossier_contacts')
      .where('agency_id', '=', actor.agencyId)
      .where('dossier_id', '=', dossier.id)
      .where('contact_id', '=', contact.id)
      .returning('role_id')
      .executeTakeFirst();
    if (!removed) throw notFound('Contact', request.contactId);
    await appendDossierActivity(trx, {
      agencyId: actor.agencyId,
      dossierId: dossier.id,
      type: 'contact_unlinked',
      userId: actor.userId,
      createdAt: clock(),
      description: contact.name,
      extraData: { contactId: contact.id, roleId: removed.role_id },
    });
    return contactsOf(trx, actor.agencyId, dossier.id);
  });
}
