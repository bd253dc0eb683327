import type { Db } from '../platform/db/database.js';
import type { Actor } from './domain/roles.js';
import { readRoles, type RoleView } from './role-view.js';
import { authorize } from './authorize.js';

/**
 * The agency's roles: the four built-in ones and its own, with their
 * permissions. Whoever reads the agency's companies may read them (the team
 * list and the role pickers name them; the platform operator, of no agency,
 * may not); changing them is for `users:manage`.
 */
export async function listRoles(db: Db, actor: Actor): Promise<{ items: RoleView[] }> {
  authorize(actor, 'companies:view');
  return { items: await readRoles(db, actor.agencyId) };
}
