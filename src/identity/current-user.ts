import type { Actor } from './domain/roles.js';
import type { Db } from '../platform/db/database.js';
import type { UserView } from './create-user.js';

export interface CurrentUser extends UserView {
  agency: { id: string; name: string };
}

/** Who the actor is, with their agency. */
export async function readCurrentUser(db: Db, actor: Actor): Promise<CurrentUser> {
  const row = await db
    .selectFrom('users as u')
    .innerJoin('agencies as a', 'a.id', 'u.agency_id')
    .select(['u.id', 'u.email', 'u.name', 'u.role', 'a.id as agency_id', 'a.name as agency_name'])
    .where('u.agency_id', '=', actor.agencyId)
    .where('u.id', '=', actor.userId)
    .executeTakeFirstOrThrow();
  return { id: row.id, email: row.email, name: row.name, role: row.role, agency: { id: row.agency_id, name: row.agency_name } };
}
