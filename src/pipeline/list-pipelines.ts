import { z } from 'zod';
import type { Actor } from '../identity/domain/index.js';
import { authorize } from '../identity/index.js';
import type { Db } from '../platform/db/database.js';
import { parseInput } from '../platform/input/input.js';
import type { Pipeline } from './domain/index.js';
import { listPipelines } from './pipeline-store.js';

export const listPipelinesInput = z
  .object({
    /** Include archived pipelines (hidden by default). */
    archived: z.union([z.boolean(), z.enum(['true', 'false']).transform((value) => value === 'true')], { error: 'must be true or false' }).optional(),
  })
  .strict();

/** The agency's pipelines with their stages, the defaults first; archived ones only when asked. */
export async function listAgencyPipelines(db: Db, actor: Actor, input: z.input<typeof listPipelinesInput> = {}): Promise<Pipeline[]> {
  authorize(actor, 'companies:view');
  const request = parseInput(listPipelinesInput, input);
  return listPipelines(db, actor.agencyId, { archived: request.archived ?? false });
}
