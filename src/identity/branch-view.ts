import { z } from 'zod';
import { uuid } from '../platform/http/schemas.js';
import type { Executor } from '../platform/db/database.js';

export const branchSchema = z
  .object({
    id: uuid,
    name: z.string(),
    archivedAt: z.date().nullable().describe('Set once archived: no longer offered; its users and records keep it'),
    users: z.number().int().describe('How many users belong to it'),
  })
  .meta({ id: 'Branch' });

export type BranchView = z.output<typeof branchSchema>;

/** The agency's branches by name (active first), with how many users each has. */
export async function readBranches(trx: Executor, agencyId: string, where: { id?: string; archived?: boolean } = {}): Promise<BranchView[]> {
  const rows = await trx
    .selectFrom('branches as b')
    .select(['b.id', 'b.name', 'b.archived_at'])
    .select((eb) =>
      eb.selectFrom('users as u').select(eb.fn.countAll<string>().as('n')).whereRef('u.agency_id', '=', 'b.agency_id').whereRef('u.branch_id', '=', 'b.id').as('users'),
    )
    .where('b.agency_id', '=', agencyId)
    .$if(where.id !== undefined, (qb) => qb.where('b.id', '=', where.id!))
    .$if(where.archived === false, (qb) => qb.where('b.archived_at', 'is', null))
    .orderBy((eb) => eb('b.archived_at', 'is not', null))
    .orderBy('b.name')
    .orderBy('b.id')
    .execute();
  return rows.map((row) => ({ id: row.id, name: row.name, archivedAt: row.archived_at, users: Number(row.users ?? 0) }));
}
