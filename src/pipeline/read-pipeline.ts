import { z } from 'zod';
import type { Actor } from '../identity/domain/index.js';
import { authorize } from '../identity/index.js';
import type { Db } from '../platform/db/database.js';
import { id, parseInput } from '../platform/input/input.js';
import type { Pipeline } from './domain/index.js';
import { loadPipeline } from './pipeline-store.js';

export const readPipelineInput = z.object({ pipelineId: id }).strict();

/** One of the agency's pipelines at its current version, archived or not; another agency's is not found. */
export async function readPipeline(db: Db, actor: Actor, input: z.input<typeof readPipelineInput>): Promise<Pipeline> {
  authorize(actor, 'companies:view');
  const { pipelineId } = parseInput(readPipelineInput, input);
  return loadPipeline(db, actor.agencyId, pipelineId);
}
