import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { actorOf } from '../identity/index.js';
import { commonProblems, idParams } from '../platform/http/schemas.js';
import type { ServiceInputTypeProvider } from '../platform/http/zod.js';
import type { RouteDeps } from '../platform/http/route-deps.js';
import { companyViewSchema } from './clients.schemas.js';
import { deleteCompanyView } from './delete-company-view.js';
import { listCompanyViews } from './list-company-views.js';
import { saveCompanyView, saveCompanyViewInput } from './save-company-view.js';
import { updateCompanyView, updateCompanyViewInput } from './update-company-view.js';

/** Saved views of the companies page: the caller's own and those shared with the agency. */
export async function companyViewsRoutes(app: FastifyInstance, { db, clock }: RouteDeps) {
  const api = app.withTypeProvider<ServiceInputTypeProvider>();
  const tags = ['companies'];

  api.get(
    '/api/company-views',
    {
      schema: {
        tags,
        summary: "The caller's saved views of the companies page and those shared with the agency, by name",
        response: { 200: z.object({ items: z.array(companyViewSchema) }), ...commonProblems },
      },
    },
    async (request) => listCompanyViews(db, actorOf(request)),
  );

  api.post(
    '/api/company-views',
    {
      schema: {
        tags,
        summary: "Save the page's filter, sort and columns as a named view (shared: every colleague sees it)",
        body: saveCompanyViewInput,
        response: { 201: companyViewSchema, ...commonProblems },
      },
    },
    async (request, reply) => reply.code(201).send(await saveCompanyView(db, actorOf(request), request.body, clock)),
  );

  api.patch(
    '/api/company-views/:id',
    {
      schema: {
        tags,
        summary: 'Rename, share or unshare a saved view, or replace its settings',
        description: "Only its owner may; an admin may also change a colleague's shared view (others get 403). A colleague's unshared view is 404.",
        params: idParams,
        body: updateCompanyViewInput.omit({ viewId: true }),
        response: { 200: companyViewSchema, ...commonProblems },
      },
    },
    async (request) => updateCompanyView(db, actorOf(request), { ...request.body, viewId: request.params.id }, clock),
  );

  api.delete(
    '/api/company-views/:id',
    {
      schema: {
        tags,
        summary: 'Delete a saved view (its owner; an admin also a shared one)',
        params: idParams,
        response: { 204: z.null(), ...commonProblems },
      },
    },
    async (request, reply) => {
      await deleteCompanyView(db, actorOf(request), { viewId: request.params.id });
      return reply.code(204).send(null);
    },
  );
}
