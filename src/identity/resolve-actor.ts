import { effectivePermissions, GRANTS, type Actor } from './domain/roles.js';

/**
 * The actor a user row stands for, their permissions resolved once here
 * (SPEC R4.7): their role's (agency_roles; the operator, who has none
 * there, the platform's built-in grants), less the dossier kinds their
 * agency switched off.
 */
export function toActor(row: { agency_id: string; id: string; role: string; branch_id: string | null; permissions: string[] | null; dossier_kinds: string[] }): Actor {
  const stored = row.permissions ?? (row.role === 'operator' ? [...GRANTS.operator] : []);
  const { permissions, kindsOff } = effectivePermissions(stored, row.dossier_kinds);
  return { agencyId: row.agency_id, userId: row.id, role: row.role, permissions, branchId: row.branch_id, kindsOff };
}
