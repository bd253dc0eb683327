import { z } from 'zod';
import { systemClock, type Clock } from '../platform/clock.js';
import { conflict, notFound } from '../platform/errors.js';
import type { Db } from '../platform/db/database.js';
import { id, parseInput } from '../platform/input/input.js';
import { authorize } from './authorize.js';
import type { Actor } from './domain/roles.js';
import { toInviteView, type InviteView } from './invite-view.js';

export const revokeInviteInput = z.object({ inviteId: id }).strict();

/**
 * An admin withdraws an invite: its link stops working at once. Again is
 * harmless; an invite already accepted is a CONFLICT (deactivate the user
 * instead); another agency's is not found.
 */
export async function revokeInvite(db: Db, actor: Actor, input: z.input<typeof revokeInviteInput>, clock: Clock = systemClock): Promise<InviteView> {
  authorize(actor, 'users:manage');
  const { inviteId } = parseInput(revokeInviteInput, input);
  const now = clock();
  return db.transaction().execute(async (trx) => {
    const invite = await trx.selectFrom('invites').select('accepted_at').where('agency_id', '=', actor.agencyId).where('id', '=', inviteId).forUpdate().executeTakeFirst();
    if (!invite) throw notFound('Invite', inviteId);
    if (invite.accepted_at) throw conflict('This invite was already accepted; deactivate the user instead.');
    const row = await trx
      .updateTable('invites')
      .set((eb) => ({ revoked_at: eb.fn.coalesce('revoked_at', eb.val(now)) }))
      .where('agency_id', '=', actor.agencyId)
      .where('id', '=', inviteId)
      .returningAll()
      .executeTakeFirstOrThrow();
    return toInviteView(row, now);
  });
}
