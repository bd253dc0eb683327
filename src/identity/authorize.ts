import { forbidden } from '../platform/errors.js';
import { can, RECORD_ACTIONS, RECORD_RESOURCES, type Actor, type DossierKind, type Permission, type RecordPermission } from './domain/roles.js';

// "view leads", "delete companies", …
const RECORD_ACTION_NAMES = Object.fromEntries(
  RECORD_RESOURCES.flatMap((resource) => RECORD_ACTIONS.map((action) => [`${resource}:${action}`, `${action} ${resource}`])),
) as Record<RecordPermission, string>;

const ACTIONS: Readonly<Record<Permission, string>> = {
  ...RECORD_ACTION_NAMES,
  'users:manage': 'manage users',
  'pipelines:manage': 'manage pipelines',
  'triggers:manage': 'manage triggers',
  'clients:import': "import the agency's clients",
  'exports:run': 'export lists',
  'settings:manage': 'manage settings',
  'team:lead': "see the team's work",
  'data:import': 'import shared company data',
};

/**
 * Throws FORBIDDEN unless the actor holds the permission: the one seam every
 * use case checks. The actor's permissions were resolved when their session
 * or token was authenticated (their role's, less the dossier kinds their
 * agency switched off, which the refusal names).
 */
export function authorize(actor: Actor, permission: Permission): void {
  if (can(actor, permission)) return;
  const kind = actor.kindsOff?.find((off: DossierKind) => permission.startsWith(`${off}:`));
  if (kind) throw forbidden(`work with ${kind}, which your agency switched off`);
  throw forbidden(ACTIONS[permission]);
}
