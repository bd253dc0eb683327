import { describe, expect, it } from 'vitest';
import { AGENCY_PERMISSIONS, can, effectivePermissions, GRANTS } from './roles.js';

describe('permissions', () => {
  it('an actor resolved at authentication holds exactly its set; one made in code its built-in grants; an unknown role none', () => {
    expect(can({ role: 'planner', permissions: new Set(['companies:view'] as const) }, 'companies:view')).toBe(true);
    expect(can({ role: 'admin', permissions: new Set(['companies:view'] as const) }, 'users:manage')).toBe(false);
    expect(can({ role: 'admin' }, 'users:manage')).toBe(true);
    expect(can({ role: 'viewer' }, 'companies:edit')).toBe(false);
    expect(can({ role: 'planner' }, 'companies:view')).toBe(false);
    expect(can({ role: '__proto__' }, 'companies:view')).toBe(false);
  });

  it('takes the switched-off dossier kinds out, and names this build does not know', () => {
    const { permissions, kindsOff } = effectivePermissions([...GRANTS.admin, 'reports:fly'], ['opportunities']);
    expect(kindsOff).toEqual(['leads']);
    expect([...permissions].filter((name) => name.startsWith('leads:'))).toEqual([]);
    expect(permissions.has('opportunities:delete')).toBe(true);
    expect(permissions.has('users:manage')).toBe(true);
    expect([...permissions]).not.toContain('reports:fly');
  });

  it('lets no agency role hold the operator’s data:import; every built-in agency grant is a known name', () => {
    expect(AGENCY_PERMISSIONS).not.toContain('data:import');
    for (const role of ['admin', 'manager', 'recruiter', 'viewer'] as const) {
      for (const name of GRANTS[role]) expect(AGENCY_PERMISSIONS).toContain(name);
    }
  });
});
