import type { Db } from '../platform/db/database.js';
import type { Actor } from './domain/roles.js';
import { readRoles, type RoleView } from './role-view.js';

/**
 * The agency's roles: the four built-in ones and its own, with their
 * permissions. Every user of the agency may read them (the team list and
 * the role pickers name them); changing them is for `users:manage`.
 */
export async function listRoles(db: Db, actor: Actor): Promise<{ items: RoleView[] }> {
  return { items: await readRoles(db, actor.agencyId) };
}
