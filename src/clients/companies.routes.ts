import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { changeStatus, changeStatusInput, moveCompanyPipeline, moveCompanyPipelineInput } from '../pipeline/index.js';
import { deleteCompany } from './delete-company.js';
import { followCompany, followCompanyInput } from './follow-company.js';
import { readCompany } from './read-company.js';
import { recordCompanyView } from './record-company-view.js';
import { recordedViewSchema } from '../discovery/index.js';
import { updateCompany, updateCompanyInput } from './update-company.js';
import { actorOf } from '../identity/index.js';
import { activitySchema, companySchema, statusChangeSchema } from '../pipeline/index.js';
import { commonProblems, idParams, problemSchema } from '../platform/http/schemas.js';
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
        summary: "Follow a company: it enters the entry stage of the chosen pipeline (the agency's default pipeline by default)",
        body: followCompanyInput,
        response: { 201: z.object({ company: companySchema, activity: activitySchema, restored: z.boolean() }), ...commonProblems, 409: problemSchema },
      },
    },
    async (request, reply) => reply.code(201).send(await followCompany(db, actorOf(request), request.body, clock)),
  );

  api.get(
    '/api/companies/:id',
    { schema: { tags, summary: 'One company with its allowed transitions', params: idParams, response: { 200: companyDetailSchema, ...commonProblems } } },
    async (request) => readCompany(db, actorOf(request), { companyId: request.params.id }),
  );

  api.post(
    '/api/companies/:id/views',
    {
      schema: {
        tags,
        summary: 'Record that you opened the company page ("last viewed", as discovery shows it); answers the view before this one',
        params: idParams,
        response: { 200: recordedViewSchema, ...commonProblems },
      },
    },
    async (request) => recordCompanyView(db, actorOf(request), { companyId: request.params.id }, clock),
  );

  api.patch(
    '/api/companies/:id',
    {
      schema: {
        tags,
        summary: "Change owner, favourite, new-job notifications, expected value and close date, or the pipeline's own fields",
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
        description:
          "Only moves in the pipeline's graph are allowed (422 invalid-transition lists the allowed targets); the target's gates (loss reason, hold reason and resume date, skip reason, checklist items, fields) travel with the move (422 gates-required lists what is missing). An admin may move outside the graph with override.reason.",
        params: idParams,
        body: changeStatusInput.omit({ companyId: true }),
        response: { 200: statusChangeSchema, ...commonProblems, 422: problemSchema },
      },
    },
    async (request) => changeStatus(db, actorOf(request), { ...request.body, companyId: request.params.id }, clock),
  );

  api.post(
    '/api/companies/:id/pipeline',
    {
      schema: {
        tags,
        summary: 'Move a company to a stage of another pipeline',
        description:
          'The target is another live pipeline of the same kind; the stage an active stage of it (422 invalid-transition lists them), whose gates travel with the move (422 gates-required lists what is missing). Recorded as pipeline_changed; the history stays.',
        params: idParams,
        body: moveCompanyPipelineInput.omit({ companyId: true }),
        response: { 200: statusChangeSchema, ...commonProblems, 422: problemSchema },
      },
    },
    async (request) => moveCompanyPipeline(db, actorOf(request), { ...request.body, companyId: request.params.id }, clock),
  );
}
