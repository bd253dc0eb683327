import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { boardInput } from './read-board.js';
import { serveBoard } from './serve-board.js';
import { onCompanyChange } from '../platform/events/company-changes.js';
import { AgencyCache } from '../platform/http/agency-cache.js';
import { actorOf } from '../identity/index.js';
import { commonProblems, localized, uuid } from '../platform/http/schemas.js';
import { STAGE_OUTCOMES } from './domain/index.js';
import { checklistItemSchema, requirementSchema } from './pipeline-definition.schema.js';
import { companySummarySchema } from './pipeline.schemas.js';
import { sendSerialized, type ServiceInputTypeProvider } from '../platform/http/zod.js';
import type { RouteDeps } from '../platform/http/route-deps.js';

const columnSchema = z
  .object({
    key: z.string(),
    label: z.object({ nl: z.string(), en: z.string() }),
    color: z.string(),
    icon: z.string(),
    outcome: z.enum(STAGE_OUTCOMES).nullable(),
    allowedTransitions: z.array(z.string()),
    requires: z.array(requirementSchema).describe('Gates to enter this stage'),
    checklist: z.array(checklistItemSchema).describe("Entry criteria (ticked to enter) and exit criteria (ticked to move forward out)"),
    probability: z.number().int().nullable().describe('Win probability (0–100) of an open stage'),
    total: z.number().int(),
    cards: z.array(companySummarySchema),
  })
  .meta({ id: 'BoardColumn' });

/** How long a computed board is reused; any change in the agency on this instance drops it at once. */
const BOARD_TTL_MS = 2_000;

export async function boardRoutes(app: FastifyInstance, { db, clock }: RouteDeps) {
  // Everyone in an agency opens the same board: keep it, serialised, for a moment.
  const cache = new AgencyCache<string>(clock, BOARD_TTL_MS);
  const stopListening = onCompanyChange((change) => cache.forgetAgency(change.agencyId));
  app.addHook('onClose', async () => stopListening());

  app.withTypeProvider<ServiceInputTypeProvider>().get(
    '/api/board',
    {
      schema: {
        tags: ['board'],
        summary: 'The Kanban board: columns in stage order with totals and the newest cards',
        querystring: boardInput,
        response: {
          200: z.object({
            pipeline: z.object({ id: uuid, name: localized, version: z.number().int(), skipNeedsReason: z.boolean() }),
            columns: z.array(columnSchema),
          }),
          ...commonProblems,
        },
      },
    },
    async (request, reply) => sendSerialized(reply, await serveBoard(db, cache, actorOf(request), request.query, clock)),
  );
}
