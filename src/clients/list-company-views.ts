import type { Actor } from '../identity/domain/index.js';
import type { Db } from '../platform/db/database.js';
import { authorize } from '../identity/index.js';
import { toCompanyView, visibleViews, type CompanyView } from './company-view.js';

/** The saved views of the companies page the caller sees: their own and those shared with the agency, by name. */
export async function listCompanyViews(db: Db, actor: Actor): Promise<{ items: CompanyView[] }> {
  authorize(actor, 'companies:view');
  const rows = await visibleViews(db, actor).orderBy('v.name').orderBy('v.id').execute();
  return { items: rows.map((row) => toCompanyView(row, actor)) };
}
