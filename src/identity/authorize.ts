import { forbidden } from '../platform/errors.js';
import { can, DOSSIER_RESOURCES, RECORD_ACTIONS, type Actor, type DossierPermission, type Permission } from './domain/roles.js';

// "view leads", "delete vacancies", …
const DOSSIER_ACTIONS = Object.fromEntries(
  DOSSIER_RESOURCES.flatMap((resource) => RECORD_ACTIONS.map((action) => [`${resource}:${action}`, `${action} ${resource}`])),
) as Record<DossierPermission, string>;

const ACTIONS: Readonly<Record<Permission, string>> = {
  ...DOSSIER_ACTIONS,
  'triggers:manage': 'manage triggers',
  'pipeline:read': 'read the pipeline',
  'pipeline:write': 'change the pipeline',
  'pipelines:manage': 'manage pipelines',
  'users:manage': 'manage users',
  'settings:manage': 'manage settings',
  'data:import': 'import shared company data',
  'clients:import': "import the agency's clients",
};

/** Throws FORBIDDEN unless the actor's role holds the permission. */
export function authorize(actor: Actor, permission: Permission): void {
  if (!can(actor.role, permission)) throw forbidden(ACTIONS[permission]);
}
