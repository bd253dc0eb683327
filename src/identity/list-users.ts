import { z } from 'zod';
import type { Actor } from './domain/roles.js';
import type { Db } from '../platform/db/database.js';
import { cursor, page } from '../platform/input/cursor.js';
import { LIMITS, parseInput } from '../platform/input/input.js';
import { authorize } from './authorize.js';
import { toTeamMember, type TeamMember } from './team-member.js';
import { listLimit } from './list-limit.js';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

// A name as stored: no control characters (a NUL would fail the query), no lone surrogates.
const storedName = z
  .string()
  .max(LIMITS.name)
  .refine((name) => !/\p{Cc}/u.test(name) && !LONE_SURROGATE.test(name));

export const listUsersInput = z
  .object({
    limit: listLimit(200, 500),
    /** From the previous page's nextCursor. */
    cursor: cursor(z.tuple([storedName, z.guid()])).optional(),
  })
  .strict();

/**
 * The agency's users, by name, a page at a time: owners to assign and
 * filter on, and the team in settings (deactivated users too, marked; when
 * each last logged in only for admins).
 */
export async function listUsers(db: Db, actor: Actor, input: z.input<typeof listUsersInput> = {}): Promise<{ items: TeamMember[]; nextCursor: string | null }> {
  authorize(actor, 'companies:view');
  const request = parseInput(listUsersInput, input);
  const rows = await db
    .selectFrom('users')
    .select(['id', 'email', 'name', 'role', 'deactivated_at', 'last_login_at', 'branch_id'])
    .where('agency_id', '=', actor.agencyId)
    .$if(request.cursor !== undefined, (qb) => qb.where((eb) => eb(eb.refTuple('name', 'id'), '>', eb.tuple(request.cursor![0], request.cursor![1]))))
    .orderBy('name')
    .orderBy('id')
    .limit(request.limit + 1)
    .execute();
  return page(rows.map((row) => toTeamMember(row, actor)), request.limit, (user) => [user.name, user.id]);
}
