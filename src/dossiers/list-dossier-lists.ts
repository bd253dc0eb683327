import type { Actor } from '../identity/domain/index.js';
import { authorize } from '../identity/index.js';
import type { Db } from '../platform/db/database.js';
import { DOSSIER_LISTS, toListValueView, type DossierList, type DossierListValueView } from './dossier-lists.js';

/** The agency's source, priority and category lists, each in its order. */
export async function listDossierLists(db: Db, actor: Actor): Promise<Record<DossierList, DossierListValueView[]>> {
  authorize(actor, 'companies:view');
  const rows = await db.selectFrom('dossier_list_values').selectAll().where('agency_id', '=', actor.agencyId).orderBy('list').orderBy('position').orderBy('name_en').orderBy('key').execute();
  const lists = Object.fromEntries(DOSSIER_LISTS.map((list) => [list, [] as DossierListValueView[]])) as Record<DossierList, DossierListValueView[]>;
  for (const row of rows) lists[row.list].push(toListValueView(row));
  return lists;
}
