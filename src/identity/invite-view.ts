import type { z } from 'zod';
import type { RoleKey } from './domain/roles.js';
import type { inviteSchema } from './identity.schemas.js';

export type InviteView = z.output<typeof inviteSchema>;

/** How long an invite link works. */
export const INVITE_DAYS = 7;

/** An invite row as the admins' list shows it (never the hash), with its state at `now`. */
export function toInviteView(
  row: { id: string; email: string; name: string | null; role: RoleKey; created_at: Date; expires_at: Date; accepted_at: Date | null; revoked_at: Date | null },
  now: Date,
): InviteView {
  const status = row.accepted_at ? 'accepted' : row.revoked_at ? 'revoked' : row.expires_at <= now ? 'expired' : 'pending';
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    acceptedAt: row.accepted_at,
    revokedAt: row.revoked_at,
    status,
  };
}
