import type { Actor } from './domain/roles.js';
import type { Db } from '../platform/db/database.js';
import { authorize } from './authorize.js';
import type { UserView } from './create-user.js';

/** The agency's users, by name: owners to assign and filter on. */
export async function listUsers(db: Db, actor: Actor): Promise<UserView[]> {
  authorize(actor, 'pipeline:read');
  return db
    .selectFrom('users')
    .select(['id', 'email', 'name', 'role'])
    .where('agency_id', '=', actor.agencyId)
    .orderBy('name')
    .execute();
}
