import { z } from 'zod';
import type { Actor } from '../identity/domain/index.js';
import { systemClock, type Clock } from '../platform/clock.js';
import type { Db } from '../platform/db/database.js';
import { notFound } from '../platform/errors.js';
import { id, parseInput } from '../platform/input/input.js';
import { appendDossierActivity } from '../pipeline/index.js';
import { findContact, findRole } from './dossier-refs.js';
import { contactsOf, type DossierContactView } from './read-dossier.js';
import { changeDossier } from './load-dossier.js';

export const changeDossierContactRoleInput = z.object({ dossierId: id, contactId: id, roleId: id }).strict();

/** Gives a linked contact another role. */
export async function changeDossierContactRole(db: Db, actor: Actor, input: z.input<typeof changeDossierContactRoleInput>, clock: Clock = systemClock): Promise<DossierContactView[]> {
  const request = parseInput(changeDossierContactRoleInput, input);
  return changeDossier(db, actor, request.dossierId, 'edit', async (trx, dossier) => {
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
