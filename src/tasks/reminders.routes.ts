import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { completeReminder } from './complete-reminder.js';
import { createReminder, createReminderInput } from './create-reminder.js';
import { deleteReminder } from './delete-reminder.js';
import { listReminders } from './list-reminders.js';
import { actorOf } from '../identity/index.js';
import { commonProblems, idParams, problemSchema } from '../platform/http/schemas.js';
import { reminderSchema } from './tasks.schemas.js';
import type { ServiceInputTypeProvider } from '../platform/http/zod.js';
import type { RouteDeps } from '../platform/http/route-deps.js';

/** Follow-up reminders (tasks) on companies, leads and opportunities (SPEC R7.2, R4.6). */
export async function remindersRoutes(app: FastifyInstance, { db, clock }: RouteDeps) {
  const api = app.withTypeProvider<ServiceInputTypeProvider>();
  const tags = ['dashboard'];

  api.get(
    '/api/companies/:id/reminders',
    {
      schema: {
        tags,
        summary: "The company's reminders: open ones by due date, then done ones",
        params: idParams,
        response: { 200: z.object({ items: z.array(reminderSchema) }), ...commonProblems },
      },
    },
    async (request) => ({ items: await listReminders(db, actorOf(request), { companyId: request.params.id }) }),
  );

  api.post(
    '/api/companies/:id/reminders',
    {
      schema: {
        tags,
        summary: 'Set a reminder for yourself or a colleague (`userId`)',
        description: '`dueAt` is an ISO 8601 date-time with offset, from a year ago (due at once) to five years ahead.',
        params: idParams,
        body: createReminderInput.omit({ companyId: true, dossierId: true }),
        response: { 201: reminderSchema, ...commonProblems },
      },
    },
    async (request, reply) => reply.code(201).send(await createReminder(db, actorOf(request), { ...request.body, companyId: request.params.id }, clock)),
  );

  api.get(
    '/api/dossiers/:id/reminders',
    {
      schema: {
        tags,
        summary: "The lead's or opportunity's tasks (reminders, e.g. a trigger rule's): open ones by due date, then done ones",
        description: 'Needs leads:view or opportunities:view, for the dossier\'s kind.',
        params: idParams,
        response: { 200: z.object({ items: z.array(reminderSchema) }), ...commonProblems },
      },
    },
    async (request) => ({ items: await listReminders(db, actorOf(request), { dossierId: request.params.id }) }),
  );

  api.post(
    '/api/dossiers/:id/reminders',
    {
      schema: {
        tags,
        summary: 'Set a task (reminder) on a lead or opportunity for yourself or a colleague (`userId`)',
        description: '`dueAt` is an ISO 8601 date-time with offset, from a year ago (due at once) to five years ahead. Needs leads:edit or opportunities:edit, for the dossier\'s kind.',
        params: idParams,
        body: createReminderInput.omit({ companyId: true, dossierId: true }),
        response: { 201: reminderSchema, ...commonProblems },
      },
    },
    async (request, reply) => reply.code(201).send(await createReminder(db, actorOf(request), { ...request.body, dossierId: request.params.id }, clock)),
  );

  api.post(
    '/api/reminders/:id/done',
    {
      schema: {
        tags,
        summary: 'Mark a reminder done (dismisses a suggestion)',
        description: 'By the one it is for, the one who set it, or a manager or admin; anyone else gets 403.',
        params: idParams,
        response: { 200: reminderSchema, ...commonProblems },
      },
    },
    async (request) => completeReminder(db, actorOf(request), { reminderId: request.params.id }, clock),
  );

  api.delete(
    '/api/reminders/:id',
    {
      schema: {
        tags,
        summary: 'Delete an open manual reminder',
        description:
          'By the one it is for, the one who set it, or a manager or admin (anyone else gets 403). Done reminders are kept, and a suggested one is dismissed by marking it done: both are 409.',
        params: idParams,
        response: { 204: z.null(), ...commonProblems, 409: problemSchema },
      },
    },
    async (request, reply) => {
      await deleteReminder(db, actorOf(request), { reminderId: request.params.id });
      return reply.code(204).send(null);
    },
  );
}
