import { forbidden } from '../platform/errors.js';
import { can, type Actor, type Permission } from './domain/roles.js';

const ACTIONS: Readonly<Record<Permission, string>> = {
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
