/** Agency roles, most powerful first (SPEC R1.4, R8.3): the roles an agency admin can give a colleague. */
export const ROLES = ['admin', 'manager', 'recruiter', 'viewer'] as const;
export type AgencyRole = (typeof ROLES)[number];

/**
 * Every role a user can hold: the agency roles and `operator`, the platform
 * operator who writes the shared company data. No agency user holds it:
 * operators are created by the CLI only (`clientpipe operator create`), in
 * the platform agency, which owns no pipeline data, and the database refuses
 * an operator in any other agency (migration 2026-12-10T0900-platform-operator).
 */
export const ALL_ROLES = [...ROLES, 'operator'] as const;
export type Role = (typeof ALL_ROLES)[number];

/**
 * `data:import` writes the shared company data every agency sees: the
 * operator's alone. `pipelines:manage` creates and edits the agency's
 * pipelines and moves a record outside the graph (an override).
 * `clients:import` brings the agency's own client list in from another CRM
 * or a spreadsheet (src/client-import), and undoes such an import.
 */
export type Permission = 'pipeline:read' | 'pipeline:write' | 'pipelines:manage' | 'users:manage' | 'settings:manage' | 'data:import' | 'clients:import';

const GRANTS: Readonly<Record<Role, readonly Permission[]>> = {
  admin: ['pipeline:read', 'pipeline:write', 'pipelines:manage', 'users:manage', 'settings:manage', 'clients:import'],
  manager: ['pipeline:read', 'pipeline:write'],
  recruiter: ['pipeline:read', 'pipeline:write'],
  viewer: ['pipeline:read'],
  // Nothing of any agency: the operator's own agency is the platform, which has no pipeline.
  operator: ['data:import'],
};

/** Whether a role holds a permission. A role this build does not know (a stored or forged value) holds none. */
export function can(role: Role, permission: Permission): boolean {
  return Object.hasOwn(GRANTS, role) && GRANTS[role].includes(permission);
}

/** Who is acting: a user of one agency. Every agency-owned query is scoped by `agencyId`. */
export interface Actor {
  agencyId: string;
  userId: string;
  role: Role;
}
