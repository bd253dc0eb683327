import { describe, expect, it } from 'vitest';
import { MATRIX_ORDER, roleKeyFrom, toggled } from './permission-matrix';

describe('permission matrix', () => {
  it('switches one permission on or off and keeps the matrix order', () => {
    expect(toggled(['companies:edit'], 'companies:view', true)).toEqual(['companies:view', 'companies:edit']);
    expect(toggled(['companies:view', 'users:manage'], 'users:manage', false)).toEqual(['companies:view']);
    expect(toggled(['companies:view'], 'companies:view', true)).toEqual(['companies:view']);
    expect(MATRIX_ORDER).toHaveLength(16 + 7);
  });

  it('makes a role key the server takes from a name', () => {
    expect(roleKeyFrom('Account Manager')).toBe('account-manager');
    expect(roleKeyFrom('Ünïcode  Rôle!')).toBe('unicode-role');
    expect(roleKeyFrom('2nd line')).toBe('nd-line');
    expect(roleKeyFrom('!')).toBe('');
  });
});
