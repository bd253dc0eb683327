import type { FastifyInstance } from 'fastify';
import { boardInput } from './read-board.js';
import { boardColumnParams, boardColumnQuery, readBoardColumn } from './read-board-column.js';
import { serveBoard } from './serve-board.js';
import { onCompanyChange } from '../platform/events/company-changes.js';
import { AgencyCache } from '../platform/http/agency-cache.js';
import { actorOf } from '../identity/index.js';
import { commonProblems } from '../platform/http/schemas.js';
import { boardColumnPageSchema, boardSchema } from './board.schemas.js';
import { sendSerialized, type ServiceInputTypeProvider } from '../platform/http/zod.js';
import type { RouteDeps } from '../platform/http/route-deps.js';

/** How long a computed board is reused; any change in the agency on this instance drops it at once. */
const BOARD_TTL_MS = 2_000;

export async function boardRoutes(app: FastifyInstance, { db, clock }: RouteDeps) {
  // Everyone in an agency opens the same board: keep it, serialised, for a moment.
  const cache = new AgencyCache<string>(clock, BOARD_TTL_MS);
  const stopListening = onCompanyChange((change) => cache.forgetAgency(change.agencyId));
  app.addHook('onClose', async () => stopListening());
  const api = app.withTypeProvider<ServiceInputTypeProvider>();

  api.get(
    '/api/board',
    {
      schema: {
        tags: ['board'],
        summary: "The Kanban board of a pipeline: columns in stage order with totals, value sums and each column's first cards",
        querystring: boardInput,
        response: { 200: boardSchema, ...commonProblems },
      },
    },
    async (request, reply) => sendSerialized(reply, await serveBoard(db, cache, actorOf(request), request.query, clock)),
  );

  api.get(
    '/api/board/columns/:stage',
    {
      schema: {
        tags: ['board'],
        summary: "The next page of one board column (from the column's nextCursor), under the same filters",
        params: boardColumnParams,
        querystring: boardColumnQuery,
        response: { 200: boardColumnPageSchema, ...commonProblems },
      },
    },
    async (request) => readBoardColumn(db, actorOf(request), { ...request.query, stage: request.params.stage }, clock),
  );
}
