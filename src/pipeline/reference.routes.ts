import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { z } from 'zod';
import { LOSS_REASONS } from './domain/index.js';
import { authorize } from '../identity/index.js';
import { actorOf } from '../identity/index.js';
import { problem, sendProblem } from '../platform/http/problems.js';
import { commonProblems, problemSchema } from '../platform/http/schemas.js';
import type { ServiceInputTypeProvider } from '../platform/http/zod.js';
import type { RouteDeps } from '../platform/http/route-deps.js';

export async function referenceRoutes(app: FastifyInstance, { db }: RouteDeps) {
  const api = app.withTypeProvider<ServiceInputTypeProvider>();

  api.get(
    '/api/loss-reasons',
    {
      schema: {
        tags: ['reference'],
        summary: 'The standard loss reasons, in Dutch and English; free text is accepted too',
        response: { 200: z.object({ items: z.array(z.object({ key: z.string(), label: z.object({ nl: z.string(), en: z.string() }) })) }), ...commonProblems },
      },
    },
    async (request) => {
      authorize(actorOf(request), 'companies:view');
      return { items: LOSS_REASONS.map((reason) => ({ key: reason.key, label: reason.label })) };
    },
  );

  api.get(
    '/api/health',
    {
      config: { auth: false },
      schema: { tags: ['operations'], summary: 'Liveness and database check', response: { 200: z.object({ status: z.literal('ok'), database: z.literal('ok') }), 503: problemSchema } },
    },
    async (_request, reply) => {
      try {
        await sql`select 1`.execute(db);
        return { status: 'ok' as const, database: 'ok' as const };
      } catch {
        return sendProblem(reply, problem('unavailable', 'The database did not answer.'));
      }
    },
  );
}
