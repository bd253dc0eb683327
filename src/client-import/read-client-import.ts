import { z } from 'zod';
import { systemClock, type Clock } from '../platform/clock.js';
import type { Actor } from '../identity/domain/index.js';
import type { Db } from '../platform/db/database.js';
import { authorize } from '../identity/index.js';
import { notFound } from '../platform/errors.js';
import { id, parseInput } from '../platform/input/input.js';
import { readBatches, type BatchView } from './batch-view.js';

export const readClientImportInput = z.object({ batchId: id }).strict();

/** One batch of the agency, with its progress while it runs (what the import screen polls); an interrupted run shows as failed. */
export async function readClientImport(db: Db, actor: Actor, input: z.input<typeof readClientImportInput>, clock: Clock = systemClock): Promise<BatchView> {
  authorize(actor, 'clients:import');
  const { batchId } = parseInput(readClientImportInput, input);
  const [batch] = await readBatches(db, actor.agencyId, clock, { batchId });
  if (!batch) throw notFound('ClientImport', batchId);
  return batch;
}
