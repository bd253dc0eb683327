import { z } from 'zod';
import { notFound, validationError } from '../platform/errors.js';
import type { Db } from '../platform/db/database.js';
import { id, LIMITS, parseInput, text } from '../platform/input/input.js';
import { authorize } from './authorize.js';
import { ROLES, type Actor } from './domain/roles.js';
import { assertAnotherActiveAdmin } from './last-admin.js';
import { toTeamMember, type TeamMember } from './team-member.js';

export const updateUserInput = z
  .object({
    userId: id,
    /** The colleague's new role (an agency role; never `operator`). */
    role: z.enum(ROLES).optional(),
    /** Their display name. */
    name: text(LIMITS.name).optional(),
  })
  .strict();

/**
 * An admin changes a colleague's role or name (their own too). Taking the
 * admin role from the agency's last active admin is a CONFLICT. The new
 * role holds for the user's existing sessions and tokens from their next
 * request on (the caller forgets them in the auth cache). Another agency's
 * user is not found.
 */
export async function updateUser(db: Db, actor: Actor, input: z.input<typeof updateUserInput>): Promise<TeamMember> {
  authorize(actor, 'users:manage');
  const request = parseInput(updateUserInput, input);
  if (request.role === undefined && request.name === undefined) throw validationError([{ path: '', message: 'Send role or name.' }]);
  return db.transaction().execute(async (trx) => {
    const current = await trx
      .selectFrom('users')
      .select(['role', 'deactivated_at'])
      .where('agency_id', '=', actor.agencyId)
      .where('id', '=', request.userId)
      .forUpdate()
      .executeTakeFirst();
    if (!current) throw notFound('User', request.userId);
    if (current.role === 'admin' && request.role !== undefined && request.role !== 'admin' && current.deactivated_at === null) {
      await assertAnotherActiveAdmin(trx, actor.agencyId, request.userId);
    }
    const row = await trx
      .updateTable('users')
      .set({ ...(request.role !== undefined ? { role: request.role } : {}), ...(request.name !== undefined ? { name: request.name } : {}) })
      .where('agency_id', '=', actor.agencyId)
      .where('id', '=', request.userId)
      .returning(['id', 'email', 'name', 'role', 'deactivated_at', 'last_login_at'])
      .executeTakeFirstOrThrow();
    return toTeamMember(row, actor);
  });
}
