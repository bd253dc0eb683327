import { sql, type RawBuilder, type SqlBool } from 'kysely';
import { z } from 'zod';
import { validationError } from '../platform/errors.js';
import type { Executor } from '../platform/db/database.js';
import { id } from '../platform/input/input.js';
import type { Actor } from './domain/roles.js';

/**
 * Refuses (VALIDATION on `path`) a branch that is not an active branch of
 * the agency: another agency's, an unknown or an archived one.
 */
export async function activeBranch(trx: Executor, agencyId: string, branchId: string, path: string): Promise<void> {
  const branch = await trx
    .selectFrom('branches')
    .select('id')
    .where('agency_id', '=', agencyId)
    .where('id', '=', branchId)
    .where('archived_at', 'is', null)
    .executeTakeFirst();
  if (!branch) throw validationError([{ path, message: 'is not an active branch of your agency' }]);
}

/**
 * A list's branch filter (SPEC R1.4, R4.5): a branch's id, `mine` ("My
 * branches": the records of the caller's own branch) or `none` (records
 * that belong to no branch).
 */
export const branchFilter = z.union([id, z.literal('mine'), z.literal('none')], { error: 'must be a branch id, mine or none' });
export type BranchFilter = z.output<typeof branchFilter>;

/**
 * The branch filter as an SQL condition on a record's branch column (e.g.
 * `c.branch_id`), the one rule companies and dossiers share. `mine` reads
 * the caller's branch in the same query, so a branch changed a moment ago
 * counts at once; a caller without a branch gets the records without one.
 */
export function branchMatches(column: string, actor: Pick<Actor, 'agencyId' | 'userId'>, filter: BranchFilter): RawBuilder<SqlBool> {
  const ref = sql.ref(column);
  if (filter === 'none') return sql<SqlBool>`${ref} is null`;
  if (filter === 'mine') {
    return sql<SqlBool>`${ref} is not distinct from (select me.branch_id from users me where me.agency_id = ${actor.agencyId} and me.id = ${actor.userId})`;
  }
  return sql<SqlBool>`${ref} = ${filter}`;
}
