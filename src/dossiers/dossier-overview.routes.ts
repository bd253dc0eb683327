import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { actorOf } from '../identity/index.js';
import { negotiateLanguage } from '../platform/http/language.js';
import { commonProblems, idParams, pageOf, problemSchema } from '../platform/http/schemas.js';
import type { RouteDeps } from '../platform/http/route-deps.js';
import type { ServiceInputTypeProvider } from '../platform/http/zod.js';
import { bulkUpdateDossiers, bulkUpdateDossiersInput } from './bulk-update-dossiers.js';
import { createContactRole, createContactRoleInput } from './create-contact-role.js';
import { deleteContactRole } from './delete-contact-role.js';
import { listContactRoles } from './list-contact-roles.js';
import { updateContactRole, updateContactRoleInput } from './update-contact-role.js';
import { createLeadFromJob, createLeadFromJobInput } from './create-lead-from-job.js';
import { createVacancy, createVacancyInput } from './create-vacancy.js';
import { deleteVacancy } from './delete-vacancy.js';
import {
  bulkResultSchema,
  contactRoleSchema,
  dossierListsSchema,
  dossierListValueSchema,
  dossierReportSchema,
  dossierSchema,
  suggestionsSchema,
  vacancySchema,
  wizardSuggestionsSchema,
} from './dossiers.schemas.js';
import { exportDossiers, exportDossiersInput } from './export-dossiers.js';
import { listDossierSuggestions } from './list-dossier-suggestions.js';
import { listDossiers, listDossiersInput } from './list-dossiers.js';
import { listVacancies, listVacanciesInput } from './list-vacancies.js';
import { readDossierReport, readDossierReportInput } from './read-dossier-report.js';
import { suggestDossierStart, suggestDossierStartInput } from './suggest-dossier-start.js';
import { createDossierListValue, createDossierListValueInput } from './create-dossier-list-value.js';
import { deleteDossierListValue } from './delete-dossier-list-value.js';
import { dossierList, listValueKey } from './dossier-lists.js';
import { listDossierLists } from './list-dossier-lists.js';
import { updateDossierListValue, updateDossierListValueInput } from './update-dossier-list-value.js';

/** The overviews of leads and opportunities, their bulk actions, export and reports, the wizard, the lists an agency keeps, and vacancies (SPEC R4.1, R4.4, R4.5). */
export async function dossierOverviewRoutes(app: FastifyInstance, { db, clock }: RouteDeps) {
  const api = app.withTypeProvider<ServiceInputTypeProvider>();
  const tags = ['dossiers'];

  api.get(
    '/api/dossiers',
    {
      schema: {
        tags,
        summary: 'The overview of leads or opportunities: stage group tab, My / My branches / All, search and advanced filters, newest first, keyset-paged, with the total',
        querystring: listDossiersInput,
        response: { 200: pageOf(dossierSchema).extend({ total: z.number().int() }), ...commonProblems },
      },
    },
    async (request) => listDossiers(db, actorOf(request), request.query),
  );

  api.get(
    '/api/dossiers/export',
    {
      schema: {
        tags,
        summary: 'The overview’s list as CSV or XLSX: the same filters, every match, headers and stage names in the Accept-Language language',
        querystring: exportDossiersInput,
        produces: ['text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
        response: { 200: z.string().describe('The file'), ...commonProblems },
      },
    },
    async (request, reply) => {
      const query = { ...request.query, language: request.query.language ?? negotiateLanguage(request.headers['accept-language']) };
      const file = await exportDossiers(db, actorOf(request), query, clock);
      return reply.type(file.contentType).header('content-disposition', `attachment; filename="${file.filename}"`).header('cache-control', 'no-store').send(file.body as never);
    },
  );

  api.post(
    '/api/dossiers/bulk',
    {
      schema: {
        tags,
        summary: 'One action on many leads or opportunities: move stage (stage writer and gates), set owner, delete; each in its own transaction, with a per-target result',
        body: bulkUpdateDossiersInput,
        response: { 200: bulkResultSchema, ...commonProblems },
      },
    },
    async (request) =>
      bulkUpdateDossiers(db, actorOf(request), { ...request.body, language: request.body.language ?? negotiateLanguage(request.headers['accept-language']) }, clock),
  );

  api.get(
    '/api/dossiers/report',
    { schema: { tags, summary: 'Count and value per stage and per owner of the filtered overview, and the lead → opportunity → won funnel by month', querystring: readDossierReportInput, response: { 200: dossierReportSchema, ...commonProblems } } },
    async (request) => readDossierReport(db, actorOf(request), request.query, clock),
  );

  api.get(
    '/api/dossiers/wizard',
    {
      schema: {
        tags,
        summary: 'The creation wizard’s suggestions: the client (from a company, contact or vacancy), its contacts, and that contact’s dossiers to copy',
        querystring: suggestDossierStartInput,
        response: { 200: wizardSuggestionsSchema, ...commonProblems },
      },
    },
    async (request) => suggestDossierStart(db, actorOf(request), request.query),
  );

  api.get('/api/dossier-suggestions', { schema: { tags, summary: 'The keys of the source, priority and category lists, in their order (GET /api/dossier-lists names them)', response: { 200: suggestionsSchema, ...commonProblems } } }, async (request) =>
    listDossierSuggestions(db, actorOf(request)),
  );

  const listParams = z.object({ list: dossierList });
  const valueParams = z.object({ list: dossierList, key: listValueKey });

  api.get('/api/dossier-lists', { schema: { tags, summary: 'The agency’s source, priority and category lists (what a dossier’s fields may hold)', response: { 200: dossierListsSchema, ...commonProblems } } }, async (request) =>
    listDossierLists(db, actorOf(request)),
  );

  api.post(
    '/api/dossier-lists/:list',
    {
      schema: {
        tags,
        summary: 'Add a value to a list (admins; 409 when the list has its key)',
        description: 'The key, what dossiers store, is taken from the English name when left out ("Cold outreach" → cold_outreach) and never changes.',
        params: listParams,
        body: createDossierListValueInput.omit({ list: true }),
        response: { 201: dossierListValueSchema, ...commonProblems, 409: problemSchema },
      },
    },
    async (request, reply) => reply.code(201).send(await createDossierListValue(db, actorOf(request), { ...request.body, list: request.params.list })),
  );

  api.patch(
    '/api/dossier-lists/:list/:key',
    { schema: { tags, summary: 'Rename or reorder a value of a list (admins); its key stays', params: valueParams, body: updateDossierListValueInput.omit({ list: true, key: true }), response: { 200: dossierListValueSchema, ...commonProblems } } },
    async (request) => updateDossierListValue(db, actorOf(request), { ...request.body, list: request.params.list, key: request.params.key }),
  );

  api.delete(
    '/api/dossier-lists/:list/:key',
    { schema: { tags, summary: 'Delete a value no dossier has (admins; 409 when in use)', params: valueParams, response: { 204: z.null(), ...commonProblems, 409: problemSchema } } },
    async (request, reply) => {
      await deleteDossierListValue(db, actorOf(request), { list: request.params.list, key: request.params.key });
      return reply.code(204).send(null);
    },
  );

  api.get('/api/dossier-contact-roles', { schema: { tags, summary: 'The roles a contact can have on a dossier', response: { 200: z.array(contactRoleSchema), ...commonProblems } } }, async (request) =>
    listContactRoles(db, actorOf(request)),
  );

  api.post(
    '/api/dossier-contact-roles',
    { schema: { tags, summary: 'Add a contact role (admins)', body: createContactRoleInput, response: { 201: contactRoleSchema, ...commonProblems } } },
    async (request, reply) => reply.code(201).send(await createContactRole(db, actorOf(request), request.body)),
  );

  api.patch(
    '/api/dossier-contact-roles/:id',
    { schema: { tags, summary: 'Rename or reorder a contact role (admins)', params: idParams, body: updateContactRoleInput.omit({ roleId: true }), response: { 200: contactRoleSchema, ...commonProblems } } },
    async (request) => updateContactRole(db, actorOf(request), { ...request.body, roleId: request.params.id }),
  );

  api.delete(
    '/api/dossier-contact-roles/:id',
    { schema: { tags, summary: 'Delete a contact role no contact has (admins; 409 when in use)', params: idParams, response: { 204: z.null(), ...commonProblems, 409: problemSchema } } },
    async (request, reply) => {
      await deleteContactRole(db, actorOf(request), { roleId: request.params.id });
      return reply.code(204).send(null);
    },
  );

  api.get(
    '/api/vacancies',
    { schema: { tags: ['vacancies'], summary: 'The agency’s vacancies, newest first, with their lead and opportunity', querystring: listVacanciesInput, response: { 200: pageOf(vacancySchema), ...commonProblems } } },
    async (request) => listVacancies(db, actorOf(request), request.query),
  );

  api.post(
    '/api/vacancies',
    { schema: { tags: ['vacancies'], summary: 'Create a vacancy, optionally from a discovery job and linked to a lead and an opportunity', body: createVacancyInput, response: { 201: vacancySchema, ...commonProblems, 409: problemSchema } } },
    async (request, reply) => reply.code(201).send(await createVacancy(db, actorOf(request), request.body, clock)),
  );

  api.delete(
    '/api/vacancies/:id',
    { schema: { tags: ['vacancies'], summary: 'Delete a vacancy (its dossiers record the unlink)', params: idParams, response: { 204: z.null(), ...commonProblems } } },
    async (request, reply) => {
      await deleteVacancy(db, actorOf(request), { vacancyId: request.params.id }, clock);
      return reply.code(204).send(null);
    },
  );

  api.post(
    '/api/companies/:id/leads',
    {
      schema: {
        tags: ['vacancies'],
        summary: 'Create a lead from a job of this followed company: the vacancy and its lead in one go',
        params: idParams,
        body: createLeadFromJobInput.omit({ companyId: true }),
        response: { 201: z.object({ lead: dossierSchema, vacancy: vacancySchema }), ...commonProblems },
      },
    },
    async (request, reply) => reply.code(201).send(await createLeadFromJob(db, actorOf(request), { ...request.body, companyId: request.params.id }, clock)),
  );
}
