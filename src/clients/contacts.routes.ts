import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { removeContact } from './remove-contact.js';
import { searchContacts, searchContactsInput } from './search-contacts.js';
import { updateContact, updateContactInput } from './update-contact.js';
import { actorOf } from '../identity/index.js';
import { activitySchema } from '../pipeline/index.js';
import { agencyContactSchema, contactSchema } from './clients.schemas.js';
import { commonProblems, idParams, pageOf } from '../platform/http/schemas.js';
import type { ServiceInputTypeProvider } from '../platform/http/zod.js';
import type { RouteDeps } from '../platform/http/route-deps.js';

/** People: the contacts of all the agency's followed companies; adding one stays on the company (POST /api/companies/{id}/contacts). */
export async function contactsRoutes(app: FastifyInstance, { db, clock }: RouteDeps) {
  const api = app.withTypeProvider<ServiceInputTypeProvider>();
  const tags = ['contacts'];

  api.get(
    '/api/contacts',
    {
      schema: {
        tags,
        summary: "Every contact of the agency's followed companies, by name, 50 a page by default (at most 200)",
        description: '`q` searches names, e-mail addresses, job titles and company names, case- and accent-insensitive; every word must match one of them.',
        querystring: searchContactsInput,
        response: {
          200: pageOf(agencyContactSchema).extend({
            total: z.number().int().nullable().describe('On the first page (no cursor): how many contacts match in all; null on later pages'),
          }),
          ...commonProblems,
        },
      },
    },
    async (request) => searchContacts(db, actorOf(request), request.query),
  );

  api.patch(
    '/api/contacts/:id',
    {
      schema: {
        tags,
        summary: "Edit a contact's name, title, e-mail, phone or LinkedIn (null clears one)",
        description: "A change is a new contact_updated entry on the company's timeline with each field's from and to; sending what is stored changes nothing (activity null).",
        params: idParams,
        body: updateContactInput.omit({ contactId: true }),
        response: { 200: z.object({ contact: contactSchema, activity: activitySchema.nullable() }), ...commonProblems },
      },
    },
    async (request) => updateContact(db, actorOf(request), { ...request.body, contactId: request.params.id }, clock),
  );

  api.delete(
    '/api/contacts/:id',
    {
      schema: {
        tags,
        summary: 'Remove a contact',
        description: "The contact is deleted; the company's timeline gets a new contact_removed entry naming them, and earlier entries stay.",
        params: idParams,
        response: { 204: z.null(), ...commonProblems },
      },
    },
    async (request, reply) => {
      await removeContact(db, actorOf(request), { contactId: request.params.id }, clock);
      return reply.code(204).send(null);
    },
  );
}
