import type { z } from 'zod';
import { can, type Actor, type RoleKey } from './domain/roles.js';
import type { teamMemberSchema } from './identity.schemas.js';

export type TeamMember = z.output<typeof teamMemberSchema>;

/** A user row as the team list shows it; when someone last logged in is the admins' to know. */
export function toTeamMember(
  row: { id: string; email: string; name: string; role: RoleKey; deactivated_at: Date | null; last_login_at: Date | null; branch_id: string | null },
  viewer: Actor,
): TeamMember {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    active: row.deactivated_at === null,
    lastLoginAt: can(viewer, 'users:manage') ? row.last_login_at : null,
    branchId: row.branch_id,
  };
}
