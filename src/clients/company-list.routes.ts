import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { actorOf } from '../identity/index.js';
import { negotiateLanguage } from '../platform/http/language.js';
import { commonProblems } from '../platform/http/schemas.js';
import type { ServiceInputTypeProvider } from '../platform/http/zod.js';
import type { RouteDeps } from '../platform/http/route-deps.js';
import { bulkResultSchema, companyListSchema } from './clients.schemas.js';
import { BULK_LIMIT, bulkUpdateCompanies, bulkUpdateCompaniesInput } from './bulk-update-companies.js';
import { exportCompanies, exportCompaniesInput } from './export-companies.js';
import { listCompanies, listCompaniesInput } from './list-companies.js';

/** The request's own `language`, or the one its Accept-Language prefers. */
function withLanguage<T extends { language?: 'nl' | 'en' | undefined }>(request: FastifyRequest, input: T): T {
  return { ...input, language: input.language ?? negotiateLanguage(request.headers['accept-language']) };
}

/** The companies page: the list, its export and its bulk actions. */
export async function companyListRoutes(app: FastifyInstance, { db, clock }: RouteDeps) {
  const api = app.withTypeProvider<ServiceInputTypeProvider>();
  const tags = ['companies'];

  api.get(
    '/api/companies',
    {
      schema: {
        tags,
        summary: "The agency's companies across its pipelines: searched, filtered, sorted on any column, a keyset page at a time, with the total",
        description:
          'q searches the name, place, industry and contact names (case- and accent-insensitive). Every record is reached by following nextCursor with the same filters and sort; a cursor of another sort is 400.',
        querystring: listCompaniesInput,
        response: { 200: companyListSchema, ...commonProblems },
      },
    },
    async (request) => listCompanies(db, actorOf(request), withLanguage(request, request.query), clock),
  );

  api.get(
    '/api/companies/export',
    {
      schema: {
        tags,
        summary: 'The filtered, sorted list as a CSV or XLSX file, with the columns asked for',
        description:
          'Takes the list\'s filters and sort, format (csv, xlsx) and columns (comma-separated column keys). Streamed; every matching record, in the list\'s order. Headers, stage and pipeline names and yes/no in the Accept-Language language; CSV with a BOM, separated by ";" in Dutch and "," in English. The file name comes in Content-Disposition.',
        querystring: exportCompaniesInput,
        produces: ['text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
        response: { 200: z.string().describe('The file'), ...commonProblems },
      },
    },
    async (request, reply) => {
      const file = await exportCompanies(db, actorOf(request), withLanguage(request, request.query), clock);
      return reply
        .type(file.contentType)
        .header('content-disposition', `attachment; filename="${file.filename}"`)
        .header('cache-control', 'no-store')
        .send(file.body as never);
    },
  );

  api.post(
    '/api/companies/bulk',
    {
      schema: {
        tags,
        summary: 'One action on many records: change stage, assign owner, favourite, new-job alerts, unfollow',
        description: `The target is explicit ids or every record that matches the list's filter (at most ${BULK_LIMIT}; more is 400). Each record is changed in its own transaction through the one use case for it (a stage move through the stage writer and its gates, which the move's gate fields satisfy), so a refusal leaves the others done; the reply lists each refusal with its problem in the Accept-Language language.`,
        body: bulkUpdateCompaniesInput,
        response: { 200: bulkResultSchema, ...commonProblems },
      },
    },
    async (request) => bulkUpdateCompanies(db, actorOf(request), withLanguage(request, request.body), clock),
  );
}
