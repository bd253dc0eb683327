import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { onCompanyChange } from '../platform/events/company-changes.js';
import { onNotificationEvent } from '../tasks/index.js';
import { actorOf } from '../identity/index.js';
import { problemSchema } from '../platform/http/schemas.js';
import type { RouteDeps } from '../platform/http/route-deps.js';

const HEARTBEAT_MS = 15_000;

/**
 * Live updates (SPEC R9.7): a server-sent event stream of the agency's
 * company changes, so boards and open company pages refresh themselves,
 * and of the caller's own notifications, so the bell does.
 * Events come from this instance's writes.
 */
export async function eventsRoutes(app: FastifyInstance, _deps: RouteDeps) {
  app.get(
    '/api/events',
    {
      schema: {
        tags: ['live'],
        summary: 'Server-sent events: `event: company` with {companyId, kind} whenever a company of your agency changes; `event: notification` with {kind} when your notifications change',
        response: { 200: z.string().describe('text/event-stream'), 401: problemSchema },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      reply.hijack();
      const stream = reply.raw;
      stream.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache, no-transform',
        connection: 'keep-alive',
        'x-request-id': request.id,
      });
      stream.write('retry: 2000\n\n');
      const stop = onCompanyChange((change) => {
        if (change.agencyId !== actor.agencyId) return;
        stream.write(`event: company\ndata: ${JSON.stringify({ companyId: change.companyId, kind: change.kind })}\n\n`);
      });
      const stopNotifications = onNotificationEvent((event) => {
        if (event.agencyId !== actor.agencyId || !event.userIds.includes(actor.userId)) return;
        stream.write(`event: notification\ndata: ${JSON.stringify({ kind: event.kind })}\n\n`);
      });
      const heartbeat = setInterval(() => stream.write(': keep-alive\n\n'), HEARTBEAT_MS);
      request.raw.once('close', () => {
        stop();
        stopNotifications();
        clearInterval(heartbeat);
      });
    },
  );
}
