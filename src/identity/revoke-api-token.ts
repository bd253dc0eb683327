import { z } from 'zod';
import { systemClock, type Clock } from '../platform/clock.js';
import { notFound } from '../platform/errors.js';
import type { Actor } from './domain/roles.js';
import type { Db } from '../platform/db/database.js';
import { id, parseInput } from '../platform/input/input.js';
import { toApiTokenView, type ApiTokenView } from './api-token-view.js';

export const revokeApiTokenInput = z.object({ tokenId: id }).strict();

/** Revokes one of the user's own tokens; it stops working at once. */
export async function revokeApiToken(
  db: Db,
  actor: Actor,
  input: z.input<typeof revokeApiTokenInput>,
  clock: Clock = systemClock,
): Promise<ApiTokenView> {
  // One's own tokens: everyone who is logged in, whatever their role holds (the platform operator too).
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
  return toApiTokenView(row);
}
