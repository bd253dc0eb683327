import { z } from 'zod';
import type { Actor } from './domain/roles.js';
import type { Db } from '../platform/db/database.js';
import { cursor, cursorTimestamp, page } from '../platform/input/cursor.js';
import { parseInput } from '../platform/input/input.js';
import { toApiTokenView, type ApiTokenView } from './api-token-view.js';
import { listLimit } from './list-limit.js';

export const listApiTokensInput = z
  .object({
    limit: listLimit(50, 100),
    /** From the previous page's nextCursor. */
    cursor: cursor(z.tuple([cursorTimestamp, z.guid()])).optional(),
  })
  .strict();

/** The user's own tokens, newest first, a page at a time, without secrets. */
export async function listApiTokens(db: Db, actor: Actor, input: z.input<typeof listApiTokensInput> = {}): Promise<{ items: ApiTokenView[]; nextCursor: string | null }> {
  // One's own tokens: everyone who is logged in, whatever their role holds (the platform operator too).
  const request = parseInput(listApiTokensInput, input);
  const rows = await db
    .selectFrom('api_tokens')
    .selectAll()
    .where('agency_id', '=', actor.agencyId)
    .where('user_id', '=', actor.userId)
    .$if(request.cursor !== undefined, (qb) => qb.where((eb) => eb(eb.refTuple('created_at', 'id'), '<', eb.tuple(request.cursor![0], request.cursor![1]))))
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(request.limit + 1)
    .execute();
  return page(rows.map(toApiTokenView), request.limit, (token) => [token.createdAt.toISOString(), token.id]);
}
