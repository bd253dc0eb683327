import { z } from 'zod';
import { systemClock, type Clock } from '../platform/clock.js';
import { conflict } from '../platform/errors.js';
import type { Db } from '../platform/db/database.js';
import { LIMITS, optionalText, parseInput } from '../platform/input/input.js';
import { addDays } from '../platform/time/days.js';
import { authorize } from './authorize.js';
import { email } from './create-user.js';
import type { Actor } from './domain/roles.js';
import { agencyRolePermissions, givingRole, roleKey } from './agency-role.js';
import { INVITE_DAYS, toInviteView, type InviteView } from './invite-view.js';
import { hashSecret, newSecret } from './secrets.js';

export const createInviteInput = z
  .object({
    /** The colleague's e-mail address: their login once they accept. */
    email,
    /** One of the agency's roles (GET /api/roles). */
    role: roleKey,
    /** A name to suggest; they choose their own when accepting. */
    name: optionalText(LIMITS.name),
  })
  .strict();

/**
 * An admin invites a colleague: a one-time secret (returned this once,
 * stored as a hash) the admin sends them as a link. It works for
 * INVITE_DAYS days and once. A new invite for the same address replaces
 * the agency's open one; an address that already has a login (in any
 * agency) is a CONFLICT.
 */
export async function createInvite(
  db: Db,
  actor: Actor,
  input: z.input<typeof createInviteInput>,
  clock: Clock = systemClock,
): Promise<InviteView & { token: string }> {
  authorize(actor, 'users:manage');
  const request = parseInput(createInviteInput, input);
  const now = clock();
  const token = newSecret('cpi');
  // A role deleted meanwhile is a CONFLICT (givingRole).
  const row = await givingRole(() =>
    db.transaction().execute(async (trx) => {
      await agencyRolePermissions(trx, actor.agencyId, request.role);
      const existing = await trx.selectFrom('users').select('id').where('email', '=', request.email).executeTakeFirst();
      if (existing) throw conflict(`A user with e-mail ${request.email} already exists.`);
      await trx
        .updateTable('invites')
        .set({ revoked_at: now })
        .where('agency_id', '=', actor.agencyId)
        .where('email', '=', request.email)
        .where('accepted_at', 'is', null)
        .where('revoked_at', 'is', null)
        .execute();
      return trx
        .insertInto('invites')
        .values({
          agency_id: actor.agencyId,
          email: request.email,
          name: request.name ?? null,
          role: request.role,
          token_hash: hashSecret(token),
          created_by: actor.userId,
          created_at: now,
          expires_at: addDays(now, INVITE_DAYS),
        })
        .returningAll()
        .executeTakeFirstOrThrow();
    }),
  );
  return { ...toInviteView(row, now), token };
}
