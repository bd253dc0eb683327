import { z } from 'zod';
import { systemClock, type Clock } from '../platform/clock.js';
import type { Actor } from './domain/roles.js';
import type { Db } from '../platform/db/database.js';
import { hashSecret, newSecret } from './secrets.js';
import { parseInput, text } from '../platform/input/input.js';
import { toApiTokenView, type ApiTokenView } from './api-token-view.js';

export const createApiTokenInput = z.object({ /** What the token is for, e.g. "Zapier". */ name: text(100) }).strict();

/** Creates a personal API token; the secret is returned this once and stored only as a hash. */
export async function createApiToken(
  db: Db,
  actor: Actor,
  input: z.input<typeof createApiTokenInput>,
  clock: Clock = systemClock,
): Promise<ApiTokenView & { token: string }> {
  // One's own tokens: everyone who is logged in, whatever their role holds (the platform operator too); the token acts with the role's rights.
  const request = parseInput(createApiTokenInput, input);
  const token = newSecret('cpt');
  const row = await db
    .insertInto('api_tokens')
    .values({ agency_id: actor.agencyId, user_id: actor.userId, name: request.name, token_hash: hashSecret(token), created_at: clock() })
    .returningAll()
    .executeTakeFirstOrThrow();
  return { ...toApiTokenView(row), token };
}
