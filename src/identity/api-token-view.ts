import type { z } from 'zod';
import type { apiTokenSchema } from './identity.schemas.js';
export type ApiTokenView = z.output<typeof apiTokenSchema>;

/** A token row as the API shows it: never the hash. */
export function toApiTokenView(row: { id: string; name: string; created_at: Date; last_used_at: Date | null; revoked_at: Date | null }): ApiTokenView {
  return { id: row.id, name: row.name, createdAt: row.created_at, lastUsedAt: row.last_used_at, revokedAt: row.revoked_at };
}
