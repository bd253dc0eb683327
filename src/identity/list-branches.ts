import { z } from 'zod';
import type { Db } from '../platform/db/database.js';
import { parseInput } from '../platform/input/input.js';
import { readBranches, type BranchView } from './branch-view.js';
import type { Actor } from './domain/roles.js';
import { authorize } from './authorize.js';

const flag = z.enum(['true', 'false'], { error: 'must be true or false' }).transform((value) => value === 'true');

export const listBranchesInput = z
  .object({
    /** Archived branches too (true); by default only the active ones. */
    archived: flag.optional(),
  })
  .strict();

/** The agency's branches (vestigingen, SPEC R1.4): whoever reads the agency's companies may read them, to filter on and to see whose branch is whose. */
export async function listBranches(db: Db, actor: Actor, input: z.input<typeof listBranchesInput> = {}): Promise<{ items: BranchView[] }> {
  authorize(actor, 'companies:view');
  const request = parseInput(listBranchesInput, input);
  return { items: await readBranches(db, actor.agencyId, { archived: request.archived ?? false }) };
}
