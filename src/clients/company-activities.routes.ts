import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { addContact, addContactInput } from './add-contact.js';
import { listContacts, listContactsInput } from './list-contacts.js';
import { addNote, addNoteInput } from './add-note.js';
import { logCall, logCallInput } from './log-call.js';
import { scheduleMeeting, scheduleMeetingInput } from './schedule-meeting.js';
import { logOutreach, logOutreachInput } from './log-outreach.js';
import { readTimeline, timelineInput } from './read-timeline.js';
import { actorOf } from '../identity/index.js';
import { activitySchema, statusChangeSchema } from '../pipeline/index.js';
import { companyTimelineEntrySchema, contactSchema } from './clients.schemas.js';
import { commonProblems, idParams, pageOf, problemSchema } from '../platform/http/schemas.js';
import type { ServiceInputTypeProvider } from '../platform/http/zod.js';
import type { RouteDeps } from '../platform/http/route-deps.js';

export async function companyActivitiesRoutes(app: FastifyInstance, { db, clock }: RouteDeps) {
  const api = app.withTypeProvider<ServiceInputTypeProvider>();
  const tags = ['timeline'];
  const created = { 201: activitySchema, ...commonProblems };

  api.get(
    '/api/companies/:id/activities',
    {
      schema: {
        tags,
        summary: 'The timeline, newest first',
        params: idParams,
        querystring: timelineInput.omit({ companyId: true }),
        response: { 200: pageOf(companyTimelineEntrySchema), ...commonProblems },
      },
    },
    async (request) => readTimeline(db, actorOf(request), { ...request.query, companyId: request.params.id }),
  );

  api.post(
    '/api/companies/:id/notes',
    { schema: { tags, summary: 'Add a note', params: idParams, body: addNoteInput.omit({ companyId: true }), response: created } },
    async (request, reply) => reply.code(201).send(await addNote(db, actorOf(request), { ...request.body, companyId: request.params.id }, clock)),
  );

  api.post(
    '/api/companies/:id/calls',
    { schema: { tags, summary: 'Log a call: with whom, and the outcome', params: idParams, body: logCallInput.omit({ companyId: true }), response: created } },
    async (request, reply) => reply.code(201).send(await logCall(db, actorOf(request), { ...request.body, companyId: request.params.id }, clock)),
  );

  api.post(
    '/api/companies/:id/meetings',
    { schema: { tags, summary: 'Schedule a meeting', params: idParams, body: scheduleMeetingInput.omit({ companyId: true }), response: created } },
    async (request, reply) => reply.code(201).send(await scheduleMeeting(db, actorOf(request), { ...request.body, companyId: request.params.id }, clock)),
  );

  api.post(
    '/api/companies/:id/outreach',
    {
      schema: {
        tags,
        summary: 'Log outreach; the first outreach to a prospect moves it to contacted',
        params: idParams,
        body: logOutreachInput.omit({ companyId: true }),
        response: { 201: z.object({ activity: activitySchema, statusChange: statusChangeSchema.nullable() }), ...commonProblems },
      },
    },
    async (request, reply) => reply.code(201).send(await logOutreach(db, actorOf(request), { ...request.body, companyId: request.params.id }, clock)),
  );

  api.get(
    '/api/companies/:id/contacts',
    {
      schema: {
        tags,
        summary: "The company's contacts by name, 50 a page by default (at most 200)",
        params: idParams,
        querystring: listContactsInput.omit({ companyId: true }),
        response: { 200: pageOf(contactSchema), ...commonProblems },
      },
    },
    async (request) => listContacts(db, actorOf(request), { ...request.query, companyId: request.params.id }),
  );

  api.post(
    '/api/companies/:id/contacts',
    {
      schema: {
        tags,
        summary: 'Add a contact with their details, or a decision maker of the company as a contact in one click (`decisionMakerId`)',
        description:
          "With decisionMakerId and no name (one click), the decision maker's name, title and LinkedIn are copied; a decision maker who already is a contact of the company (or whose LinkedIn profile a contact has) is 409.",
        params: idParams,
        body: addContactInput.omit({ companyId: true }),
        response: { 201: z.object({ contact: contactSchema, activity: activitySchema }), ...commonProblems, 409: problemSchema },
      },
    },
    async (request, reply) => reply.code(201).send(await addContact(db, actorOf(request), { ...request.body, companyId: request.params.id }, clock)),
  );
}
