import { z } from 'zod';
import { systemClock, type Clock } from '../platform/clock.js';
import { notFound } from '../platform/errors.js';
import type { Actor } from './domain/roles.js';
import type { Db } from '../platform/db/database.js';
import { hashSecret, newSecret } from './auth.js';
import { authorize } from './authorize.js';
import { id, parseInput, text } from '../platform/input/input.js';

export const createApiTokenInput = z.object({ /** What the token is for, e.g. "Zapier". */ name: text(100) }).strict();
export const revokeApiTokenInput = z.object({ tokenId: id }).strict();

export interface ApiTokenView {
  id: string;
  name: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

/** Creates a personal API token; the secret is returned this once and stored only as a hash. */
export async function createApiToken(
  db: Db,
  actor: Actor,
  input: z.input<typeof createApiTokenInput>,
  clock: Clock = systemClock,
): Promise<ApiTokenView & { token: string }> {
  authorize(actor, 'pipeline:read');
  const request = parseInput(createApiTokenInput, input);
  const token = newSecret('cpt');
  const row = await db
    .insertInto('api_tokens')
    .values({ agency_id: actor.agencyId, user_id: actor.userId, name: request.name, token_hash: hashSecret(token), created_at: clock() })
    .returningAll()
    .executeTakeFirstOrThrow();
  return { ...toView(row), token };
}

/** The user's own tokens, newest first, without secrets. */
export async function listApiTokens(db: Db, actor: Actor): Promise<ApiTokenView[]> {
  authorize(actor, 'pipeline:read');
  const rows = await db
    .selectFrom('api_tokens')
    .selectAll()
    .where('agency_id', '=', actor.agencyId)
    .where('user_id', '=', actor.userId)
    .orderBy('created_at', 'desc')
    .execute();
  return rows.map(toView);
}

/** Revokes one of the user's own tokens; it stops working at once. */
export async function revokeApiToken(
  db: Db,
  actor: Actor,
  input: z.input<typeof revokeApiTokenInput>,
  clock: Clock = systemClock,
): Promise<ApiTokenView> {
  authorize(actor, 'pipeline:read');
  const request = parseInput(revokeApiTokenInput, input);
  const row = await db
    .updateTable('api_tokens')
    .set((eb) => ({ revoked_at: eb.fn.coalesce('revoked_at', eb.val(clock())) }))
    .where('agency_id', '=', actor.agencyId)
    .where('user_id', '=', actor.userId)
    .where('id', '=', request.tokenId)
    .returningAll()
    .executeTakeFirst();
  if (!row) throw notFound('ApiToken', request.tokenId);
  return toView(row);
}

function toView(row: { id: string; name: string; created_at: Date; last_used_at: Date | null; revoked_at: Date | null }): ApiTokenView {
  return { id: row.id, name: row.name, createdAt: row.created_at, lastUsedAt: row.last_used_at, revokedAt: row.revoked_at };
}
