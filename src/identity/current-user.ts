import type { z } from 'zod';
import type { Actor } from './domain/roles.js';
import type { Executor } from '../platform/db/database.js';
import type { meSchema } from './identity.schemas.js';

export type CurrentUser = z.output<typeof meSchema>;

/** Who the actor is, with their own settings and their agency. */
export async function readCurrentUser(db: Executor, actor: Actor): Promise<CurrentUser> {
  const row = await db
    .selectFrom('users as u')
    .innerJoin('agencies as a', 'a.id', 'u.agency_id')
    .select(['u.id', 'u.email', 'u.name', 'u.role', 'u.language', 'a.id as agency_id', 'a.name as agency_name'])
    .where('u.agency_id', '=', actor.agencyId)
    .where('u.id', '=', actor.userId)
    .executeTakeFirstOrThrow();
  return { id: row.id, email: row.email, name: row.name, role: row.role, language: row.language, agency: { id: row.agency_id, name: row.agency_name } };
}
