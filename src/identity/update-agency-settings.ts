import { z } from 'zod';
import type { Db } from '../platform/db/database.js';
import { parseInput } from '../platform/input/input.js';
import { authorize } from './authorize.js';
import { DOSSIER_KINDS, type Actor, type DossierKind } from './domain/roles.js';

export const agencySettingsSchema = z
  .object({ dossierKinds: z.array(z.enum(DOSSIER_KINDS)).describe('The dossier kinds the agency works with; one left out is switched off for everyone') })
  .meta({ id: 'AgencySettings' });

export const updateAgencySettingsInput = z
  .object({
    /** The dossier kinds to keep on; leave one out to switch it off for everyone (SPEC R4.7). */
    dossierKinds: z.array(z.enum(DOSSIER_KINDS, { error: 'must be leads or opportunities' })).max(DOSSIER_KINDS.length),
  })
  .strict();

/**
 * An admin switches leads or opportunities on or off for the whole agency:
 * while off nobody may view or create them (authorize refuses; the web
 * hides them). Their records stay, and come back when switched on. It
 * holds for everyone's open sessions and tokens from their next request on
 * (the caller forgets the agency's in the auth cache).
 */
export async function updateAgencySettings(db: Db, actor: Actor, input: z.input<typeof updateAgencySettingsInput>): Promise<z.output<typeof agencySettingsSchema>> {
  authorize(actor, 'settings:manage');
  const request = parseInput(updateAgencySettingsInput, input);
  const kinds = DOSSIER_KINDS.filter((kind): kind is DossierKind => request.dossierKinds.includes(kind));
  await db.updateTable('agencies').set({ dossier_kinds: kinds }).where('id', '=', actor.agencyId).execute();
  return { dossierKinds: kinds };
}
