import type { z } from 'zod';
import { AGENCY_PERMISSIONS, DOSSIER_KINDS, type Actor, type DossierKind } from './domain/roles.js';
import type { Executor } from '../platform/db/database.js';
import type { meSchema } from './identity.schemas.js';
import { toActor } from './resolve-actor.js';

export type CurrentUser = z.output<typeof meSchema>;

/**
 * Who the actor is, with their own settings, their agency, their branch and
 * what they may do: the permissions authentication resolves (resolve-actor.ts),
 * read afresh, in the code's order, so the web shows what the API allows.
 */
export async function readCurrentUser(db: Executor, actor: Actor): Promise<CurrentUser> {
  const row = await db
    .selectFrom('users as u')
    .innerJoin('agencies as ag', 'ag.id', 'u.agency_id')
    .leftJoin('agency_roles as ar', (join) => join.onRef('ar.agency_id', '=', 'u.agency_id').onRef('ar.key', '=', 'u.role'))
    .leftJoin('branches as b', (join) => join.onRef('b.agency_id', '=', 'u.agency_id').onRef('b.id', '=', 'u.branch_id'))
    .select(['u.id', 'u.agency_id', 'u.email', 'u.name', 'u.role', 'u.language', 'u.branch_id', 'ag.name as agency_name', 'ag.dossier_kinds', 'ar.permissions', 'ar.name_nl as role_name_nl', 'ar.name_en as role_name_en', 'b.name as branch_name'])
    .where('u.agency_id', '=', actor.agencyId)
    .where('u.id', '=', actor.userId)
    .executeTakeFirstOrThrow();
  const resolved = toActor(row).permissions ?? new Set();
  const permissions = [...AGENCY_PERMISSIONS, 'data:import' as const].filter((name) => resolved.has(name));
  const dossierKinds = DOSSIER_KINDS.filter((kind): kind is DossierKind => row.dossier_kinds.includes(kind));
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    language: row.language,
    agency: { id: row.agency_id, name: row.agency_name, dossierKinds },
    roleName: row.role_name_nl !== null && row.role_name_en !== null ? { nl: row.role_name_nl, en: row.role_name_en } : null,
    permissions,
    branch: row.branch_id !== null && row.branch_name !== null ? { id: row.branch_id, name: row.branch_name } : null,
  };
}
