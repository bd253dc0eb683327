import type { Actor } from '../identity/domain/index.js';
import { authorize } from '../identity/index.js';
import type { Db } from '../platform/db/database.js';
import { toContactRoleView, type ContactRoleView } from './contact-roles.js';

/** The agency's contact roles in their order. */
export async function listContactRoles(db: Db, actor: Actor): Promise<ContactRoleView[]> {
  authorize(actor, 'companies:view');
  const rows = await db.selectFrom('dossier_contact_roles').selectAll().where('agency_id', '=', actor.agencyId).orderBy('position').orderBy('name_en').orderBy('id').execute();
  return rows.map(toContactRoleView);
}
