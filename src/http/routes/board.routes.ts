import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { boardInput, readBoard } from '../../services/board.js';
import { actorOf } from '../plugins/auth.js';
import { commonProblems, companySummarySchema } from '../schemas.js';
import type { ServiceInputTypeProvider } from '../zod.js';
import type { RouteDeps } from './deps.js';

const columnSchema = z
  .object({
    key: z.string(),
    label: z.object({ nl: z.string(), en: z.string() }),
    color: z.string(),
    icon: z.string(),
    allowedTransitions: z.array(z.string()),
    total: z.number().int(),
    cards: z.array(companySummarySchema),
  })
  .meta({ id: 'BoardColumn' });

export async function boardRoutes(app: FastifyInstance, { db }: RouteDeps) {
  app.withTypeProvider<ServiceInputTypeProvider>().get(
    '/api/board',
    {
      schema: {
        tags: ['board'],
        summary: 'The Kanban board: columns in stage order with totals and the newest cards',
        querystring: boardInput,
        response: { 200: z.object({ columns: z.array(columnSchema) }), ...commonProblems },
      },
    },
    async (request) => {
      const columns = await readBoard(db, actorOf(request), request.query);
      return {
        columns: columns.map(({ stage, total, cards }) => ({
          key: stage.key,
          label: stage.name,
          color: stage.color,
          icon: stage.icon,
          allowedTransitions: [...stage.next],
          total,
          cards,
        })),
      };
    },
  );
}
