import { z } from 'zod';
import type { Actor } from '../identity/domain/index.js';
import { authorize } from '../identity/index.js';
import type { Db } from '../platform/db/database.js';
import { notFound, validationError } from '../platform/errors.js';
import { parseInput, wholeNumber } from '../platform/input/input.js';
import { dossierList, listValueKey, listValueName, toListValueView, type DossierListValueView } from './dossier-lists.js';

export const updateDossierListValueInput = z.object({ list: dossierList, key: listValueKey, name: listValueName.optional(), position: wholeNumber(0, 1000).optional() }).strict();

/** Renames or reorders a value of a list (admins): its key, and so every dossier that has it, stays. */
export async function updateDossierListValue(db: Db, actor: Actor, input: z.input<typeof updateDossierListValueInput>): Promise<DossierListValueView> {
  authorize(actor, 'settings:manage');
  const request = parseInput(updateDossierListValueInput, input);
  if (!request.name && request.position === undefined) throw validationError([{ path: '', message: 'nothing to change: give name or position' }]);
  const row = await db
    .updateTable('dossier_list_values')
    .set({
      ...(request.name ? { name_nl: request.name.nl, name_en: request.name.en } : {}),
      ...(request.position !== undefined ? { position: request.position } : {}),
    })
    .where('agency_id', '=', actor.agencyId)
    .where('list', '=', request.list)
    .where('key', '=', request.key)
    .returningAll()
    .executeTakeFirst();
  if (!row) throw notFound('ListValue', request.key);
  return toListValueView(row);
}
