import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { changeStatus, changeStatusInput } from '../pipeline/index.js';
import { deleteCompany } from './delete-company.js';
import { followCompany, followCompanyInput } from './follow-company.js';
import { listCompanies, listCompaniesInput } from './list-companies.js';
import { readCompany } from './read-company.js';
import { updateCompany, updateCompanyInput } from './update-company.js';
import { actorOf } from '../identity/index.js';
import { activitySchema, companySchema, companySummarySchema, statusChangeSchema } from '../pipeline/index.js';
import { commonProblems, idParams, pageOf, problemSchema } from '../platform/http/schemas.js';
import { companyDetailSchema } from './clients.schemas.js';
import type { ServiceInputTypeProvider } from '../platform/http/zod.js';
import type { RouteDeps } from '../platform/http/route-deps.js';

export async function companiesRoutes(app: FastifyInstance, { db, clock }: RouteDeps) {
  const api = app.withTypeProvider<ServiceInputTypeProvider>();
  const tags = ['companies'];

  api.post(
    '/api/companies',
    {
      schema: {
        tags,
        summary: 'Follow a company: it enters the pipeline at prospect',
        body: followCompanyInput,
        response: { 201: z.object({ company: companySchema, activity: activitySchema, restored: z.boolean() }), ...commonProblems, 409: problemSchema },
      },
    },
    async (request, reply) => reply.code(201).send(await followCompany(db, actorOf(request), request.body, clock)),
  );

  api.get(
    '/api/companies',
    {
      schema: {
        tags,
        summary: "The agency's companies, most recently moved first",
        querystring: listCompaniesInput,
        response: { 200: pageOf(companySummarySchema), ...commonProblems },
      },
    },
    async (request) => listCompanies(db, actorOf(request), request.query, clock),
  );

  api.get(
    '/api/companies/:id',
    { schema: { tags, summary: 'One company with its allowed transitions', params: idParams, response: { 200: companyDetailSchema, ...commonProblems } } },
    async (request) => readCompany(db, actorOf(request), { companyId: request.params.id }),
  );

  api.patch(
    '/api/companies/:id',
    {
      schema: {
        tags,
        summary: 'Change owner, favourite or new-job notifications',
        params: idParams,
        body: updateCompanyInput.omit({ companyId: true }),
        response: { 200: companySchema, ...commonProblems },
      },
    },
    async (request) => updateCompany(db, actorOf(request), { ...request.body, companyId: request.params.id }, clock),
  );

  api.delete(
    '/api/companies/:id',
    { schema: { tags, summary: 'Stop following (soft delete; history is kept)', params: idParams, response: { 204: z.null(), ...commonProblems } } },
    async (request, reply) => {
      await deleteCompany(db, actorOf(request), { companyId: request.params.id }, clock);
      return reply.code(204).send(null);
    },
  );

  api.post(
    '/api/companies/:id/status',
    {
      schema: {
        tags,
        summary: 'Move a company to another stage',
        description: 'Only moves in the transition map are allowed; moving to lost needs lossReason (a standard key from /api/loss-reasons, or free text).',
        params: idParams,
        body: changeStatusInput.omit({ companyId: true }),
        response: { 200: statusChangeSchema, ...commonProblems, 422: problemSchema },
      },
    },
    async (request) => changeStatus(db, actorOf(request), { ...request.body, companyId: request.params.id }, clock),
  );
}
