import { describe, expect, it } from 'vitest';
import type { TeamMember } from '../api/client';
import { ownerChoices } from './owner-choices';

const member = (id: string, active: boolean): TeamMember => ({ id, email: `${id}@example.test`, name: id, role: 'recruiter', active, lastLoginAt: null, branchId: null });
const users = [member('anna', true), member('bert', false), member('cees', true), member('dirk', false)];
const ids = (list: TeamMember[]) => list.map((user) => user.id);

describe('ownerChoices', () => {
  it('offers the active users only', () => {
    expect(ids(ownerChoices(users))).toEqual(['anna', 'cees']);
    expect(ids(ownerChoices(users, null))).toEqual(['anna', 'cees']);
  });

  it('keeps a deactivated current owner, in its place by name', () => {
    expect(ids(ownerChoices(users, 'bert'))).toEqual(['anna', 'bert', 'cees']);
  });

  it('leaves out the one listed apart, active or current', () => {
    expect(ids(ownerChoices(users, 'bert', 'anna'))).toEqual(['bert', 'cees']);
    expect(ids(ownerChoices(users, 'bert', 'bert'))).toEqual(['anna', 'cees']);
  });
});
