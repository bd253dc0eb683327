/** Agency roles, most powerful first (SPEC R1.4, R8.3). */
export const ROLES = ['admin', 'manager', 'recruiter', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

/** `data:import` writes the shared company data every agency sees. */
export type Permission = 'pipeline:read' | 'pipeline:write' | 'users:manage' | 'settings:manage' | 'data:import';

const GRANTS: Readonly<Record<Role, readonly Permission[]>> = {
  admin: ['pipeline:read', 'pipeline:write', 'users:manage', 'settings:manage', 'data:import'],
  manager: ['pipeline:read', 'pipeline:write'],
  recruiter: ['pipeline:read', 'pipeline:write'],
  viewer: ['pipeline:read'],
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
