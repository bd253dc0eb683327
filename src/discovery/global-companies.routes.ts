import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { listDecisionMakers, listDecisionMakersInput } from './list-decision-makers.js';
import { listIndustries, listIndustriesInput } from './list-industries.js';
import { listJobs, listJobsInput } from './list-jobs.js';
import { readCompanyHiring } from './read-company-hiring.js';
import { readGlobalCompany } from './read-global-company.js';
import { recordGlobalCompanyView } from './record-view.js';
import { searchGlobalCompanies, searchGlobalCompaniesInput } from './search-global-companies.js';
import { findPlaces, findPlacesInput } from './places.js';
import { actorOf } from '../identity/index.js';
import { commonProblems, idParams, pageOf } from '../platform/http/schemas.js';
import { companyHiringSchema, decisionMakerSchema, globalCompanyResultSchema, globalCompanySearchHitSchema, jobSchema, placeSchema, recordedViewSchema } from './discovery.schemas.js';
import type { ServiceInputTypeProvider } from '../platform/http/zod.js';
import type { RouteDeps } from '../platform/http/route-deps.js';

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
        response: {
          200: pageOf(globalCompanySearchHitSchema).extend({
            total: z.number().int().nullable().describe('On the first page (no cursor): how many companies match in all; null on later pages'),
            withoutCoordinates: z.number().int().nullable().describe('With a place: companies that matched but are not on the map, so were left out'),
          }),
          ...commonProblems,
        },
      },
    },
    async (request) => searchGlobalCompanies(db, actorOf(request), request.query, clock),
  );

  api.get(
    '/api/global-companies/:id',
    {
      schema: {
        tags,
        summary: 'One company, with when you last viewed it (a pure read: POST …/views records a view)',
        params: idParams,
        response: { 200: globalCompanyResultSchema, ...commonProblems },
      },
    },
    async (request) => readGlobalCompany(db, actorOf(request), { globalCompanyId: request.params.id }),
  );

  api.post(
    '/api/global-companies/:id/views',
    {
      schema: {
        tags,
        summary: 'Record that you opened this company ("last viewed"); answers the view before this one',
        params: idParams,
        response: { 200: recordedViewSchema, ...commonProblems },
      },
    },
    async (request) => recordGlobalCompanyView(db, actorOf(request), { globalCompanyId: request.params.id }, clock),
  );

  api.get(
    '/api/global-companies/:id/hiring',
    { schema: { tags, summary: 'Jobs posted per month (24 months) and the skills asked for', params: idParams, response: { 200: companyHiringSchema, ...commonProblems } } },
    async (request) => readCompanyHiring(db, actorOf(request), { globalCompanyId: request.params.id }, clock),
  );

  api.get(
    '/api/global-companies/:id/jobs',
    {
      schema: {
        tags,
        summary: "A company's jobs, newest first",
        params: idParams,
        querystring: listJobsInput.omit({ globalCompanyId: true }),
        response: { 200: pageOf(jobSchema), ...commonProblems },
      },
    },
    async (request) => listJobs(db, actorOf(request), { ...request.query, globalCompanyId: request.params.id }, clock),
  );

  api.get(
    '/api/global-companies/:id/decision-makers',
    {
      schema: {
        tags,
        summary: 'Decision makers, the most relevant for recruitment outreach first, with the reason (limit: default 50, at most 100)',
        params: idParams,
        querystring: listDecisionMakersInput.omit({ globalCompanyId: true }),
        response: { 200: z.object({ items: z.array(decisionMakerSchema) }), ...commonProblems },
      },
    },
    async (request) => ({ items: await listDecisionMakers(db, actorOf(request), { ...request.query, globalCompanyId: request.params.id }, clock) }),
  );

  api.get(
    '/api/industries',
    {
      schema: {
        tags,
        summary: 'Industries that have companies, the most first, with counts (limit: default and at most 500)',
        querystring: listIndustriesInput,
        response: { 200: z.object({ items: z.array(z.object({ industry: z.string(), companies: z.number().int() })) }), ...commonProblems },
      },
    },
    async (request) => ({ items: await listIndustries(db, actorOf(request), request.query) }),
  );

  api.get(
    '/api/places',
    {
      schema: {
        tags,
        summary: 'Dutch places, regions and the country to search around',
        querystring: findPlacesInput,
        response: { 200: z.object({ items: z.array(placeSchema) }), ...commonProblems },
      },
    },
    async (request) => ({ items: findPlaces(actorOf(request), request.query) }),
  );
}
