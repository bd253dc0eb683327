import type { FastifyInstance } from 'fastify';
import { readGlobalCompany, searchGlobalCompanies, searchGlobalCompaniesInput } from '../../services/global-companies.js';
import { actorOf } from '../plugins/auth.js';
import { commonProblems, globalCompanyResultSchema, idParams, pageOf } from '../schemas.js';
import type { ServiceInputTypeProvider } from '../zod.js';
import type { RouteDeps } from './deps.js';

export async function globalCompaniesRoutes(app: FastifyInstance, { db, clock }: RouteDeps) {
  const api = app.withTypeProvider<ServiceInputTypeProvider>();
  const tags = ['discovery'];

  api.get(
    '/api/global-companies',
    {
      schema: {
        tags,
        summary: 'Search companies; each says whether your agency follows it and when you last viewed it',
        querystring: searchGlobalCompaniesInput,
        response: { 200: pageOf(globalCompanyResultSchema), ...commonProblems },
      },
    },
    async (request) => searchGlobalCompanies(db, actorOf(request), request.query),
  );

  api.get(
    '/api/global-companies/:id',
    {
      schema: {
        tags,
        summary: 'One company; opening it records your view',
        params: idParams,
        response: { 200: globalCompanyResultSchema, ...commonProblems },
      },
    },
    async (request) => readGlobalCompany(db, actorOf(request), { globalCompanyId: request.params.id }, clock),
  );
}
