import type { Actor } from './domain/roles.js';
import type { Db } from '../platform/db/database.js';
import { authorize } from './authorize.js';
import { toApiTokenView, type ApiTokenView } from './api-token-view.js';

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
  return rows.map(toApiTokenView);
}
