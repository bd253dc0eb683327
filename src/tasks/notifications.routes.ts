import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { listNotifications, listNotificationsInput } from './list-notifications.js';
import { markAllNotificationsRead } from './mark-all-notifications-read.js';
import { markNotificationRead } from './mark-notification-read.js';
import { actorOf } from '../identity/index.js';
import { commonProblems, idParams } from '../platform/http/schemas.js';
import { notificationPageSchema, notificationSchema } from './tasks.schemas.js';
import type { ServiceInputTypeProvider } from '../platform/http/zod.js';
import type { RouteDeps } from '../platform/http/route-deps.js';

/** Your in-app notifications (SPEC R7.1): new jobs at companies your agency follows. */
export async function notificationsRoutes(app: FastifyInstance, { db, clock }: RouteDeps) {
  const api = app.withTypeProvider<ServiceInputTypeProvider>();
  const tags = ['dashboard'];

  api.get(
    '/api/notifications',
    {
      schema: {
        tags,
        summary: 'Your notifications, newest first, with your unread count',
        querystring: listNotificationsInput,
        response: { 200: notificationPageSchema, ...commonProblems },
      },
    },
    async (request) => listNotifications(db, actorOf(request), request.query),
  );

  api.post(
    '/api/notifications/read-all',
    { schema: { tags, summary: 'Mark all your notifications read', response: { 200: z.object({ marked: z.number().int() }), ...commonProblems } } },
    async (request) => markAllNotificationsRead(db, actorOf(request), clock),
  );

  api.post(
    '/api/notifications/:id/read',
    { schema: { tags, summary: 'Mark one of your notifications read', params: idParams, response: { 200: notificationSchema, ...commonProblems } } },
    async (request) => markNotificationRead(db, actorOf(request), { notificationId: request.params.id }, clock),
  );
}
