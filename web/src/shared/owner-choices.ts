import type { TeamMember } from '../api/client';

/**
 * The users a select offers as owner or assignee: the active ones only, and
 * the one chosen now even if deactivated, so a record or filter still shows
 * whom it has. `exclude` leaves out one the select lists apart (e.g. "Me").
 * The order is the list's (by name).
 */
export function ownerChoices(users: readonly TeamMember[], current?: string | null, exclude?: string): TeamMember[] {
  return users.filter((user) => user.id !== exclude && (user.active || user.id === current));
}
