import { z } from 'zod';
import { conflict } from '../platform/errors.js';
import type { Db } from '../platform/db/database.js';
import { LIMITS, parseInput, text } from '../platform/input/input.js';
import { authorize } from './authorize.js';
import { readBranches, type BranchView } from './branch-view.js';
import type { Actor } from './domain/roles.js';

export const createBranchInput = z.object({ name: text(LIMITS.name) }).strict();

/** An admin adds a branch. A name an active branch of the agency has (case-insensitively) is a CONFLICT. */
export async function createBranch(db: Db, actor: Actor, input: z.input<typeof createBranchInput>): Promise<BranchView> {
  authorize(actor, 'settings:manage');
  const request = parseInput(createBranchInput, input);
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('branches')
      .values({ agency_id: actor.agencyId, name: request.name })
      // The only unique index a new branch can hit is branches_active_name_key (its id is new).
      .onConflict((oc) => oc.doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!row) throw conflict(`Your agency already has a branch named ${request.name}.`);
    return (await readBranches(trx, actor.agencyId, { id: row.id }))[0]!;
  });
}
