import { describe, expect, it } from 'vitest';
import { isLastActiveAdmin, memberActions, rolesManagingUsers } from './team-rules';

const admin = { id: 'a', role: 'admin', active: true };
const other = { id: 'b', role: 'admin', active: true };
const gone = { id: 'c', role: 'admin', active: false };
const recruiter = { id: 'r', role: 'recruiter', active: true };
const chief = { id: 'h', role: 'chef', active: true };

// The agency's roles as GET /api/roles serves them: a custom role `chef` holds users:manage, so its holder manages users as an admin does.
const ROLES = [
  { key: 'admin', permissions: ['companies:view', 'users:manage'] },
  { key: 'recruiter', permissions: ['companies:view', 'companies:edit'] },
  { key: 'chef', permissions: ['leads:view', 'users:manage'] },
];
const MANAGING = rolesManagingUsers(ROLES);

describe('team rules', () => {
  it('knows the roles that manage users by their permissions, not their key; the built-in admin before the list arrives', () => {
    expect([...MANAGING].sort()).toEqual(['admin', 'chef']);
    expect([...rolesManagingUsers(undefined)]).toEqual(['admin']);
  });

  it('knows the last active admin; a deactivated admin does not count', () => {
    expect(isLastActiveAdmin([admin, recruiter], admin, MANAGING)).toBe(true);
    expect(isLastActiveAdmin([admin, gone, recruiter], admin, MANAGING)).toBe(true);
    expect(isLastActiveAdmin([admin, other], admin, MANAGING)).toBe(false);
    expect(isLastActiveAdmin([admin, recruiter], recruiter, MANAGING)).toBe(false);
  });

  it('counts an active user of any role holding users:manage, as the server does', () => {
    // The admin is not the last one: the chief manages users too, and may step down while the admin stays.
    expect(isLastActiveAdmin([admin, chief, recruiter], admin, MANAGING)).toBe(false);
    expect(isLastActiveAdmin([admin, chief], chief, MANAGING)).toBe(false);
    // With no admin left, the chief is the last one who can manage users.
    expect(isLastActiveAdmin([{ ...admin, role: 'recruiter' }, chief], chief, MANAGING)).toBe(true);
    expect(memberActions([{ ...admin, role: 'recruiter' }, chief], chief, 'a', MANAGING)).toMatchObject({ changeRole: false, deactivate: false });
    expect(memberActions([admin, chief], admin, 'h', MANAGING)).toMatchObject({ changeRole: true, deactivate: true });
  });

  it('offers no demotion or deactivation of the last admin, no deactivation of oneself, reactivation of the deactivated', () => {
    expect(memberActions([admin, recruiter], admin, 'a', MANAGING)).toEqual({ changeRole: false, deactivate: false, reactivate: false, resetPassword: false });
    expect(memberActions([admin, other], other, 'a', MANAGING)).toEqual({ changeRole: true, deactivate: true, reactivate: false, resetPassword: true });
    expect(memberActions([admin, gone], gone, 'a', MANAGING)).toEqual({ changeRole: true, deactivate: false, reactivate: true, resetPassword: false });
  });
});
