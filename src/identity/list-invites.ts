import { z } from 'zod';
import { systemClock, type Clock } from '../platform/clock.js';
import type { Db } from '../platform/db/database.js';
import { cursor, cursorTimestamp, page } from '../platform/input/cursor.js';
import { parseInput } from '../platform/input/input.js';
import { authorize } from './authorize.js';
import type { Actor } from './domain/roles.js';
import { toInviteView, type InviteView } from './invite-view.js';
import { listLimit } from './list-limit.js';

export const listInvitesInput = z
  .object({
    limit: listLimit(50, 100),
    /** From the previous page's nextCursor. */
    cursor: cursor(z.tuple([cursorTimestamp, z.guid()])).optional(),
  })
  .strict();

/** The agency's invites (admins), newest first, each with its state: pending, accepted, revoked or expired. */
export async function listInvites(
  db: Db,
  actor: Actor,
  input: z.input<typeof listInvitesInput> = {},
  clock: Clock = systemClock,
): Promise<{ items: InviteView[]; nextCursor: string | null }> {
  authorize(actor, 'users:manage');
  const request = parseInput(listInvitesInput, input);
  const rows = await db
    .selectFrom('invites')
    .select(['id', 'email', 'name', 'role', 'created_at', 'expires_at', 'accepted_at', 'revoked_at'])
    .where('agency_id', '=', actor.agencyId)
    .$if(request.cursor !== undefined, (qb) => qb.where((eb) => eb(eb.refTuple('created_at', 'id'), '<', eb.tuple(request.cursor![0], request.cursor![1]))))
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(request.limit + 1)
    .execute();
  const now = clock();
  return page(rows.map((row) => toInviteView(row, now)), request.limit, (invite) => [invite.createdAt.toISOString(), invite.id]);
}
