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
export type Permission =
  | 'pipeline:read'
  | 'pipeline:write'
  | 'pipelines:manage'
  | 'users:manage'
  | 'settings:manage'
  | 'data:import'
  | 'clients:import'
  | DossierPermission
  | 'triggers:manage';

/** The dossier kinds and vacancies (SPEC R4.1, R4.7): view, create, edit and delete each. */
export const DOSSIER_RESOURCES = ['leads', 'opportunities', 'vacancies'] as const;
export const RECORD_ACTIONS = ['view', 'create', 'edit', 'delete'] as const;
export type DossierPermission = `${(typeof DOSSIER_RESOURCES)[number]}:${(typeof RECORD_ACTIONS)[number]}`;

const ALL_DOSSIER: readonly DossierPermission[] = DOSSIER_RESOURCES.flatMap((resource) => RECORD_ACTIONS.map((action) => `${resource}:${action}` as const));
const VIEW_DOSSIER: readonly DossierPermission[] = DOSSIER_RESOURCES.map((resource) => `${resource}:view` as const);

const GRANTS: Readonly<Record<Role, readonly Permission[]>> = {
  admin: ['pipeline:read', 'pipeline:write', 'pipelines:manage', 'users:manage', 'settings:manage', 'clients:import', ...ALL_DOSSIER, 'triggers:manage'],
  manager: ['pipeline:read', 'pipeline:write', ...ALL_DOSSIER],
  recruiter: ['pipeline:read', 'pipeline:write', ...ALL_DOSSIER],
  viewer: ['pipeline:read', ...VIEW_DOSSIER],
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
