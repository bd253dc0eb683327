import { systemClock, type Clock } from '../platform/clock.js';
import type { Actor } from '../identity/domain/index.js';
import type { Db } from '../platform/db/database.js';
import { authorize } from '../identity/index.js';
import { readBatches, type BatchView } from './batch-view.js';

/** The agency's import batches, newest first (the latest 100): who ran each, when, from what, its counts and whether it was undone; an interrupted run shows as failed. */
export async function listClientImports(db: Db, actor: Actor, clock: Clock = systemClock): Promise<BatchView[]> {
  authorize(actor, 'clients:import');
  return readBatches(db, actor.agencyId, clock);
}
