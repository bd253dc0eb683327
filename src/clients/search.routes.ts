import type { FastifyInstance } from 'fastify';
import { actorOf } from '../identity/index.js';
import { commonProblems } from '../platform/http/schemas.js';
import { searchEverything, searchEverythingInput } from './search-everything.js';
import { searchResultsSchema } from './search.schemas.js';
import type { ServiceInputTypeProvider } from '../platform/http/zod.js';
import type { RouteDeps } from '../platform/http/route-deps.js';

export async function searchRoutes(app: FastifyInstance, { db }: RouteDeps) {
  const api = app.withTypeProvider<ServiceInputTypeProvider>();

  api.get(
    '/api/search',
    {
      schema: {
        tags: ['search'],
        summary: "Global search: the agency's companies, shared companies it does not follow, its contacts and decision makers, grouped and ranked",
        querystring: searchEverythingInput,
        response: { 200: searchResultsSchema, ...commonProblems },
      },
    },
    async (request) => searchEverything(db, actorOf(request), request.query),
  );
}
