import { z } from 'zod';
import type { Actor } from '../identity/domain/index.js';
import { authorize } from '../identity/index.js';
import type { Db } from '../platform/db/database.js';
import { isUniqueViolation } from '../platform/db/unique-violation.js';
import { conflict } from '../platform/errors.js';
import { parseInput, wholeNumber } from '../platform/input/input.js';
import { dossierList, keyFromName, listValueKey, listValueName, toListValueView, type DossierListValueView } from './dossier-lists.js';

export const createDossierListValueInput = z
  .object({
    list: dossierList,
    /** What dossiers store; taken from the English name when left out. */
    key: listValueKey.optional(),
    name: listValueName,
    position: wholeNumber(0, 1000).optional(),
  })
  .strict();

/** Adds a value to the agency's source, priority or category list (admins); a key the list has is 409. */
export async function createDossierListValue(db: Db, actor: Actor, input: z.input<typeof createDossierListValueInput>): Promise<DossierListValueView> {
  authorize(actor, 'settings:manage');
  const request = parseInput(createDossierListValueInput, input);
  const key = request.key ?? keyFromName(request.name.en);
  try {
    const row = await db
      .insertInto('dossier_list_values')
      .values({ agency_id: actor.agencyId, list: request.list, key, name_nl: request.name.nl, name_en: request.name.en, ...(request.position !== undefined ? { position: request.position } : {}) })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toListValueView(row);
  } catch (error) {
    if (isUniqueViolation(error, 'dossier_list_values_pkey')) throw conflict(`This list already has a value ${key}.`);
    throw error;
  }
}
