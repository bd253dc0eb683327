/** A member as far as these rules need. */
export interface MemberState {
  id: string;
  role: string;
  active: boolean;
}

/**
 * Whether `member` is the agency's only active admin: the server refuses
 * to demote or deactivate them (409), so the screen does not offer it.
 * The server stays the judge (two admins may act at once).
 */
export function isLastActiveAdmin(members: readonly MemberState[], member: MemberState): boolean {
  if (member.role !== 'admin' || !member.active) return false;
  return !members.some((other) => other.id !== member.id && other.role === 'admin' && other.active);
}

/** The actions an admin is offered on a member's row. */
export function memberActions(members: readonly MemberState[], member: MemberState, meId: string): { changeRole: boolean; deactivate: boolean; reactivate: boolean; resetPassword: boolean } {
  const last = isLastActiveAdmin(members, member);
  const self = member.id === meId;
  return {
    changeRole: !last,
    deactivate: member.active && !self && !last,
    reactivate: !member.active,
    resetPassword: !self && member.active,
  };
}
