import { z } from 'zod';
import type { Actor } from '../identity/domain/index.js';
import { authorize } from '../identity/index.js';
import { systemClock, type Clock } from '../platform/clock.js';
import type { Db } from '../platform/db/database.js';
import { id, parseInput } from '../platform/input/input.js';
import { lockLiveDossier } from '../pipeline/index.js';
import { dossierPermission } from './domain/index.js';
import { linkContact } from './dossier-refs.js';
import { contactsOf, type DossierContactView } from './read-dossier.js';
import { authorizeEitherKind } from './authorize-either-kind.js';

export const linkDossierContactInput = z.object({ dossierId: id, contactId: id, roleId: id }).strict();

/** Links a contact of the agency to a dossier with a role; 409 when already linked. */
export async function linkDossierContact(db: Db, actor: Actor, input: z.input<typeof linkDossierContactInput>, clock: Clock = systemClock): Promise<DossierContactView[]> {
  const request = parseInput(linkDossierContactInput, input);
  authorizeEitherKind(actor, 'edit');
  return db.transaction().execute(async (trx) => {
    const dossier = await lockLiveDossier(trx, actor.agencyId, request.dossierId);
    authorize(actor, dossierPermission(dossier.kind, 'edit'));
    await linkContact(trx, dossier, request, actor.userId, clock());
    return contactsOf(trx, actor.agencyId, dossier.id);
  });
}
