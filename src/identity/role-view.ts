import { z } from 'zod';
import { uuid } from '../platform/http/schemas.js';
import type { Executor } from '../platform/db/database.js';
import { AGENCY_PERMISSIONS } from './domain/roles.js';

export const roleSchema = z
  .object({
    id: uuid,
    key: z.string().describe('What users and invites name as their role'),
    name: z.object({ nl: z.string(), en: z.string() }),
    builtIn: z.boolean().describe('One of the four built-in roles: read-only'),
    permissions: z.array(z.string()).describe('Permission names (docs/api.md, Roles and permissions), in the order of the matrix'),
    users: z.number().int().describe('How many users (active or not) hold it'),
  })
  .meta({ id: 'Role' });

export type RoleView = z.output<typeof roleSchema>;

/** The agency's roles as the API shows them, built-in first (most powerful first), then by English name. */
export async function readRoles(trx: Executor, agencyId: string, where: { id?: string } = {}): Promise<RoleView[]> {
  const rows = await trx
    .selectFrom('agency_roles as r')
    .select(['r.id', 'r.key', 'r.name_nl', 'r.name_en', 'r.built_in', 'r.permissions', 'r.created_at'])
    .select((eb) =>
      eb
        .selectFrom('users as u')
        .select(eb.fn.countAll<string>().as('n'))
        .whereRef('u.agency_id', '=', 'r.agency_id')
        .whereRef('u.role', '=', 'r.key')
        .as('users'),
    )
    .where('r.agency_id', '=', agencyId)
    .$if(where.id !== undefined, (qb) => qb.where('r.id', '=', where.id!))
    .orderBy('r.built_in', 'desc')
    .orderBy('r.created_at')
    .orderBy('r.name_en')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    key: row.key,
    name: { nl: row.name_nl, en: row.name_en },
    builtIn: row.built_in,
    permissions: AGENCY_PERMISSIONS.filter((name) => row.permissions.includes(name)),
    users: Number(row.users ?? 0),
  }));
}
