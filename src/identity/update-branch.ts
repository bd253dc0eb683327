import { z } from 'zod';
import { conflict, notFound, validationError } from '../platform/errors.js';
import type { Db } from '../platform/db/database.js';
import { id, LIMITS, parseInput, text } from '../platform/input/input.js';
import type { Clock } from '../platform/clock.js';
import { systemClock } from '../platform/clock.js';
import { authorize } from './authorize.js';
import { readBranches, type BranchView } from './branch-view.js';
import type { Actor } from './domain/roles.js';

export const updateBranchInput = z
  .object({
    branchId: id,
    name: text(LIMITS.name).optional(),
    /** True archives it (no longer offered; its users and records keep it), false brings it back. */
    archived: z.boolean({ error: 'must be true or false' }).optional(),
  })
  .strict();

/**
 * An admin renames, archives or restores a branch. A name another active
 * branch of the agency has is a CONFLICT, also when restoring.
 */
export async function updateBranch(db: Db, actor: Actor, input: z.input<typeof updateBranchInput>, clock: Clock = systemClock): Promise<BranchView> {
  authorize(actor, 'settings:manage');
  const request = parseInput(updateBranchInput, input);
  if (request.name === undefined && request.archived === undefined) throw validationError([{ path: '', message: 'Send name or archived.' }]);
  return db.transaction().execute(async (trx) => {
    const branch = await trx
      .selectFrom('branches')
      .select(['name', 'archived_at'])
      .where('agency_id', '=', actor.agencyId)
      .where('id', '=', request.branchId)
      .forUpdate()
      .executeTakeFirst();
    if (!branch) throw notFound('Branch', request.branchId);
    const name = request.name ?? branch.name;
    const active = request.archived === undefined ? branch.archived_at === null : !request.archived;
    if (active) {
      const same = await trx
        .selectFrom('branches')
        .select('id')
        .where('agency_id', '=', actor.agencyId)
        .where('id', '!=', request.branchId)
        .where('archived_at', 'is', null)
        .where((eb) => eb(eb.fn('lower', ['name']), '=', name.toLowerCase()))
        .executeTakeFirst();
      if (same) throw conflict(`Your agency already has a branch named ${name}.`);
    }
    const archivedAt = request.archived === undefined ? branch.archived_at : request.archived ? (branch.archived_at ?? clock()) : null;
    await trx.updateTable('branches').set({ name, archived_at: archivedAt }).where('agency_id', '=', actor.agencyId).where('id', '=', request.branchId).execute();
    return (await readBranches(trx, actor.agencyId, { id: request.branchId }))[0]!;
  });
}
