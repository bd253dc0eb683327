import { z } from 'zod';
import type { Actor } from '../identity/domain/index.js';
import { systemClock, type Clock } from '../platform/clock.js';
import type { Db } from '../platform/db/database.js';
import { notFound } from '../platform/errors.js';
import { id, parseInput } from '../platform/input/input.js';
import { appendDossierActivity } from '../pipeline/index.js';
import { findContact } from './dossier-refs.js';
import { contactsOf, type DossierContactView } from './read-dossier.js';
import { changeDossier } from './load-dossier.js';

export const unlinkDossierContactInput = z.object({ dossierId: id, contactId: id }).strict();

/** Unlinks a contact from a dossier (the contact itself stays). */
export async function unlinkDossierContact(db: Db, actor: Actor, input: z.input<typeof unlinkDossierContactInput>, clock: Clock = systemClock): Promise<DossierContactView[]> {
  const request = parseInput(unlinkDossierContactInput, input);
  return changeDossier(db, actor, request.dossierId, 'edit', async (trx, dossier) => {
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
