import { z } from 'zod';
import type { Actor } from '../identity/domain/index.js';
import { systemClock, type Clock } from '../platform/clock.js';
import type { Db } from '../platform/db/database.js';
import { id, parseInput } from '../platform/input/input.js';
import { linkContact } from './dossier-refs.js';
import { contactsOf, type DossierContactView } from './read-dossier.js';
import { changeDossier } from './load-dossier.js';

export const linkDossierContactInput = z.object({ dossierId: id, contactId: id, roleId: id }).strict();

/** Links a contact of the agency to a dossier with a role; 409 when already linked. */
export async function linkDossierContact(db: Db, actor: Actor, input: z.input<typeof linkDossierContactInput>, clock: Clock = systemClock): Promise<DossierContactView[]> {
  const request = parseInput(linkDossierContactInput, input);
  return changeDossier(db, actor, request.dossierId, 'edit', async (trx, dossier) => {
    await linkContact(trx, dossier, request, actor.userId, clock());
    return contactsOf(trx, actor.agencyId, dossier.id);
  });
}
