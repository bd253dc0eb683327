import { describe, expect, it } from 'vitest';
import { isLastActiveAdmin, memberActions } from './team-rules';

const admin = { id: 'a', role: 'admin', active: true };
const other = { id: 'b', role: 'admin', active: true };
const gone = { id: 'c', role: 'admin', active: false };
const recruiter = { id: 'r', role: 'recruiter', active: true };

describe('team rules', () => {
  it('knows the last active admin; a deactivated admin does not count', () => {
    expect(isLastActiveAdmin([admin, recruiter], admin)).toBe(true);
    expect(isLastActiveAdmin([admin, gone, recruiter], admin)).toBe(true);
    expect(isLastActiveAdmin([admin, other], admin)).toBe(false);
    expect(isLastActiveAdmin([admin, recruiter], recruiter)).toBe(false);
  });

  it('offers no demotion or deactivation of the last admin, no deactivation of oneself, reactivation of the deactivated', () => {
    expect(memberActions([admin, recruiter], admin, 'a')).toEqual({ changeRole: false, deactivate: false, reactivate: false, resetPassword: false });
    expect(memberActions([admin, other], other, 'a')).toEqual({ changeRole: true, deactivate: true, reactivate: false, resetPassword: true });
    expect(memberActions([admin, gone], gone, 'a')).toEqual({ changeRole: true, deactivate: false, reactivate: true, resetPassword: false });
  });
});
