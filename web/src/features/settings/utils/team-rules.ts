/** A member as far as these rules need. */
export interface MemberState {
  id: string;
  role: string;
  active: boolean;
}

/**
 * The keys of the agency's roles that hold `users:manage`, from the roles
 * as GET /api/roles serves them (with their permissions): the built-in
 * admin and any role of the agency's own that was given the right. Before
 * the list arrives, the built-in admin (which always holds it).
 */
export function rolesManagingUsers(roles: readonly { key: string; permissions: readonly string[] }[] | undefined): ReadonlySet<string> {
  if (!roles) return new Set(['admin']);
  return new Set(roles.filter((role) => role.permissions.includes('users:manage')).map((role) => role.key));
}

/**
 * Whether `member` is the agency's last active user who can manage users
 * (their role in `managing`, rolesManagingUsers): the server refuses to
 * demote or deactivate them (409, src/identity/last-admin.ts), so the
 * screen does not offer it. The server stays the judge (two admins may act
 * at once).
 */
export function isLastActiveAdmin(members: readonly MemberState[], member: MemberState, managing: ReadonlySet<string>): boolean {
  if (!managing.has(member.role) || !member.active) return false;
  return !members.some((other) => other.id !== member.id && managing.has(other.role) && other.active);
}

/** The actions an admin is offered on a member's row. */
export function memberActions(
  members: readonly MemberState[],
  member: MemberState,
  meId: string,
  managing: ReadonlySet<string>,
): { changeRole: boolean; deactivate: boolean; reactivate: boolean; resetPassword: boolean } {
  const last = isLastActiveAdmin(members, member, managing);
  const self = member.id === meId;
  return {
    changeRole: !last,
    deactivate: member.active && !self && !last,
    reactivate: !member.active,
    resetPassword: !self && member.active,
  };
}
