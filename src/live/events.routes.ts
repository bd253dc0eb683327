import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { actorOf } from '../identity/index.js';
import { problemSchema } from '../platform/http/schemas.js';
import { COMPANY_CHANGE_KINDS } from '../platform/events/company-changes.js';
import { subscribeToEvents, type LiveEvent } from './subscribe-events.js';
import type { RouteDeps } from '../platform/http/route-deps.js';

const HEARTBEAT_MS = 15_000;

/**
 * Live updates (SPEC R9.7): a server-sent event stream of the agency's
 * company changes, so boards, companies lists and open company pages refresh themselves,
 * and of the caller's own notifications, so the bell does.
 * Events come from every instance serving the database (platform/events/channel.ts).
 */
export async function eventsRoutes(app: FastifyInstance, _deps: RouteDeps) {
  app.get(
    '/api/events',
    {
      schema: {
        tags: ['live'],
        summary: 'Server-sent events: `event: company` with {companyId, kind} whenever a company of your agency changes; `event: notification` with {kind} when your notifications change',
        description: `Company change kinds: ${COMPANY_CHANGE_KINDS.join(', ')}. Notification kinds: created, read. Needs the right to read the pipeline.`,
        response: { 200: z.string().describe('text/event-stream'), 401: problemSchema, 403: problemSchema },
      },
    },
    async (request, reply) => {
      const stream = reply.raw;
      const write = ({ event, data }: LiveEvent) => stream.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
      // Subscribing authorizes (a refusal is still an ordinary problem response); nothing is sent before the head below.
      const stop = subscribeToEvents(actorOf(request), write);
      reply.hijack();
      stream.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache, no-transform',
        connection: 'keep-alive',
        // nginx (and proxies that honour it) pass the stream on as it comes, without buffering it.
        'x-accel-buffering': 'no',
        'x-request-id': request.id,
      });
      stream.write('retry: 2000\n\n');
      const heartbeat = setInterval(() => stream.write(': keep-alive\n\n'), HEARTBEAT_MS);
      request.raw.once('close', () => {
        stop();
        clearInterval(heartbeat);
      });
    },
  );
}
