/*
 * The permissions matrix of Settings → Roles: a row per resource with its
 * view/create/edit/delete, then the admin rights (docs/api.md, Roles and
 * permissions). The names are the server's; it refuses one it does not know.
 */
export const MATRIX_RESOURCES = ['companies', 'leads', 'opportunities', 'vacancies'] as const;
export const MATRIX_ACTIONS = ['view', 'create', 'edit', 'delete'] as const;
export const ADMIN_RIGHTS = ['users:manage', 'pipelines:manage', 'triggers:manage', 'clients:import', 'exports:run', 'settings:manage', 'team:lead'] as const;

/** Every permission of the matrix, in its order. */
export const MATRIX_ORDER: readonly string[] = [...MATRIX_RESOURCES.flatMap((resource) => MATRIX_ACTIONS.map((action) => `${resource}:${action}`)), ...ADMIN_RIGHTS];

/** The permissions with `name` switched on or off, in the matrix's order. */
export function toggled(permissions: readonly string[], name: string, on: boolean): string[] {
  const set = new Set(permissions);
  if (on) set.add(name);
  else set.delete(name);
  return MATRIX_ORDER.filter((permission) => set.has(permission));
}

/** A key for a new role from its English name: lowercase letters, digits and dashes, starting with a letter (the server's rule). */
export function roleKeyFrom(name: string): string {
  const slug = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^[^a-z]+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return slug.length >= 2 ? slug : '';
}
