/** The built-in agency roles, most powerful first (SPEC R1.4, R8.3): every agency has them; an agency adds its own (agency_roles). */
export const ROLES = ['admin', 'manager', 'recruiter', 'viewer'] as const;
export type AgencyRole = (typeof ROLES)[number];

/**
 * Every built-in role a user can hold: the agency roles and `operator`, the
 * platform operator who writes the shared company data. No agency user
 * holds it: operators are created by the CLI only (`clientpipe operator
 * create`), in the platform agency, which owns no pipeline data, and the
 * database refuses an operator in any other agency (migration
 * 2026-12-10T0900-platform-operator).
 */
export const ALL_ROLES = [...ROLES, 'operator'] as const;
export type Role = (typeof ALL_ROLES)[number];

/** A role's key: a built-in role or an agency's own (lowercase letters, digits, dashes). */
export type RoleKey = string;
export const ROLE_KEY_PATTERN = /^[a-z][a-z0-9-]{1,39}$/;

/** The resources a role may view, create, edit and delete (SPEC R4.7). */
export const RECORD_RESOURCES = ['companies', 'leads', 'opportunities', 'vacancies'] as const;
export type RecordResource = (typeof RECORD_RESOURCES)[number];
/** The dossier kinds and vacancies (SPEC R4.1, R4.7). */
export const DOSSIER_RESOURCES = ['leads', 'opportunities', 'vacancies'] as const;
export const RECORD_ACTIONS = ['view', 'create', 'edit', 'delete'] as const;
export type RecordPermission = `${RecordResource}:${(typeof RECORD_ACTIONS)[number]}`;
export type DossierPermission = `${(typeof DOSSIER_RESOURCES)[number]}:${(typeof RECORD_ACTIONS)[number]}`;

/** The dossier kinds an agency can switch off entirely (agencies.dossier_kinds). */
export const DOSSIER_KINDS = ['leads', 'opportunities'] as const;
export type DossierKind = (typeof DOSSIER_KINDS)[number];

/**
 * The admin rights, besides the records' matrix. `users:manage`: the team,
 * invites and roles. `pipelines:manage` creates and edits the agency's
 * pipelines and moves a record outside the graph (an override).
 * `triggers:manage`: the automation rules. `clients:import` brings the
 * agency's own client list in from another CRM or a spreadsheet
 * (src/client-import) and undoes such an import. `exports:run` downloads
 * lists as CSV or XLSX. `settings:manage`: the agency's settings (branches,
 * switching dossier kinds off, colleagues' shared views). `team:lead`: the
 * whole team's figures and routines, and colleagues' reminders.
 */
export const ADMIN_PERMISSIONS = ['users:manage', 'pipelines:manage', 'triggers:manage', 'clients:import', 'exports:run', 'settings:manage', 'team:lead'] as const;
export type AdminPermission = (typeof ADMIN_PERMISSIONS)[number];

/** `data:import` writes the shared company data every agency sees: the operator's alone, never an agency role's. */
export type Permission = RecordPermission | AdminPermission | 'data:import';

const recordPermissions = (resources: readonly RecordResource[], actions: readonly (typeof RECORD_ACTIONS)[number][]): RecordPermission[] =>
  resources.flatMap((resource) => actions.map((action) => `${resource}:${action}` as const));

/** Every permission an agency role can hold; a custom role's list is checked against it (not by the database, so a new permission needs no migration). */
export const AGENCY_PERMISSIONS: readonly Permission[] = [...recordPermissions(RECORD_RESOURCES, RECORD_ACTIONS), ...ADMIN_PERMISSIONS];

const ALL_RECORDS = recordPermissions(RECORD_RESOURCES, RECORD_ACTIONS);
const VIEW_RECORDS = recordPermissions(RECORD_RESOURCES, ['view']);

/**
 * The built-in roles' grants. The database holds each agency's copy
 * (agency_roles, seeded by migration 2026-12-14T0900-roles-and-branches for
 * every agency made since); roles.int.test.ts checks the two agree.
 */
export const GRANTS: Readonly<Record<Role, readonly Permission[]>> = {
  admin: [...ALL_RECORDS, ...ADMIN_PERMISSIONS],
  manager: [...ALL_RECORDS, 'exports:run', 'team:lead'],
  recruiter: [...ALL_RECORDS, 'exports:run'],
  viewer: [...VIEW_RECORDS, 'exports:run'],
  // Nothing of any agency: the operator's own agency is the platform, which has no pipeline.
  operator: ['data:import'],
};

/** Who is acting: a user of one agency. Every agency-owned query is scoped by `agencyId`. */
export interface Actor {
  agencyId: string;
  userId: string;
  /** Their role's key (a built-in role or one of the agency's own). */
  role: RoleKey;
  /**
   * What their role allows, resolved when the session or API token is
   * authenticated (the role's permissions less the dossier kinds the agency
   * switched off). Absent on an actor made in code (the CLI, the demo seed,
   * tests): it holds its built-in role's grants, and a custom role none.
   */
  permissions?: ReadonlySet<Permission>;
  /** Their branch (vestiging), resolved with the permissions; null when they have none. */
  branchId?: string | null;
  /** The dossier kinds their agency switched off, to say so when one is refused. */
  kindsOff?: readonly DossierKind[];
}

/** Whether the actor holds a permission. A role this build does not know (a stored or forged value) holds none. */
export function can(actor: Pick<Actor, 'role' | 'permissions'>, permission: Permission): boolean {
  if (actor.permissions) return actor.permissions.has(permission);
  return Object.hasOwn(GRANTS, actor.role) && GRANTS[actor.role as Role].includes(permission);
}

/** The permissions a role's stored list grants once the agency's switched-off kinds are taken out; names this build does not know are dropped. */
export function effectivePermissions(stored: readonly string[], dossierKinds: readonly string[]): { permissions: ReadonlySet<Permission>; kindsOff: DossierKind[] } {
  const kindsOff = DOSSIER_KINDS.filter((kind) => !dossierKinds.includes(kind));
  const known = new Set<string>([...AGENCY_PERMISSIONS, 'data:import']);
  const permissions = new Set(stored.filter((name): name is Permission => known.has(name) && !kindsOff.some((kind) => name.startsWith(`${kind}:`))));
  return { permissions, kindsOff };
}
