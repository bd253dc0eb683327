import { z } from 'zod';
import type { Actor } from '../identity/domain/index.js';
import { authorize } from '../identity/index.js';
import type { Db } from '../platform/db/database.js';
import { conflict, notFound } from '../platform/errors.js';
import { parseInput } from '../platform/input/input.js';
import { dossierList, listValueKey } from './dossier-lists.js';

export const deleteDossierListValueInput = z.object({ list: dossierList, key: listValueKey }).strict();

/** Deletes a value no dossier has, live or deleted (admins; 409 when one has it: its history names it). */
export async function deleteDossierListValue(db: Db, actor: Actor, input: z.input<typeof deleteDossierListValueInput>): Promise<void> {
  authorize(actor, 'settings:manage');
  const request = parseInput(deleteDossierListValueInput, input);
  await db.transaction().execute(async (trx) => {
    const value = await trx
      .selectFrom('dossier_list_values')
      .select('key')
      .where('agency_id', '=', actor.agencyId)
      .where('list', '=', request.list)
      .where('key', '=', request.key)
      .forUpdate()
      .executeTakeFirst();
    if (!value) throw notFound('ListValue', request.key);
    const inUse = await trx.selectFrom('dossiers').select('id').where('agency_id', '=', actor.agencyId).where(request.list, '=', value.key).limit(1).executeTakeFirst();
    if (inUse) throw conflict('Dossiers have this value: give them another one first.');
    await trx.deleteFrom('dossier_list_values').where('agency_id', '=', actor.agencyId).where('list', '=', request.list).where('key', '=', value.key).execute();
  });
}
