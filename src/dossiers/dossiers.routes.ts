import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { actorOf } from '../identity/index.js';
import { commonProblems, idParams, pageOf, problemSchema } from '../platform/http/schemas.js';
import type { RouteDeps } from '../platform/http/route-deps.js';
import type { ServiceInputTypeProvider } from '../platform/http/zod.js';
import { changeDossierStage, changeDossierStageInput } from './change-dossier-stage.js';
import { convertLead, convertLeadInput } from './convert-lead.js';
import { createDossier, createDossierInput } from './create-dossier.js';
import { deleteDossier } from './delete-dossier.js';
import { changeDossierContactRole, changeDossierContactRoleInput } from './change-dossier-contact-role.js';
import { linkDossierContact, linkDossierContactInput } from './link-dossier-contact.js';
import { unlinkDossierContact } from './unlink-dossier-contact.js';
import { conversionSchema, dossierActivitySchema, dossierContactSchema, dossierDetailSchema, dossierSchema, dossierStageChangeSchema, vacancySchema } from './dossiers.schemas.js';
import { linkDossierVacancy, linkDossierVacancyInput } from './link-dossier-vacancy.js';
import { unlinkDossierVacancy } from './unlink-dossier-vacancy.js';
import { logDossierActivity, logDossierActivityInput } from './log-dossier-activity.js';
import { readDossier } from './read-dossier.js';
import { dossierTimelineInput, readDossierTimeline } from './read-dossier-timeline.js';
import { updateDossier, updateDossierInput } from './update-dossier.js';

const contactParams = z.object({ id: z.guid({ error: 'must be a UUID' }), contactId: z.guid({ error: 'must be a UUID' }) });
const vacancyParams = z.object({ id: z.guid({ error: 'must be a UUID' }), vacancyId: z.guid({ error: 'must be a UUID' }) });

/** One lead or opportunity: create, read, edit, delete, its stage, timeline, contacts, vacancies and conversion (SPEC R4.1–R4.4). */
export async function dossiersRoutes(app: FastifyInstance, { db, clock }: RouteDeps) {
  const api = app.withTypeProvider<ServiceInputTypeProvider>();
  const tags = ['dossiers'];
  const withConflict = { ...commonProblems, 409: problemSchema };

  api.post(
    '/api/dossiers',
    {
      schema: {
        tags,
        summary: 'Create a lead or an opportunity at its pipeline’s entry stage (also the creation wizard’s last step)',
        description: 'With copyFromId, what the request leaves out (title, client, source, priority, category, value, close date, contacts with roles) is copied from that dossier. A vacancy that already has a dossier of this kind is 409.',
        body: createDossierInput,
        response: { 201: dossierSchema, ...withConflict },
      },
    },
    async (request, reply) => reply.code(201).send(await createDossier(db, actorOf(request), request.body, clock)),
  );

  api.get(
    '/api/dossiers/:id',
    { schema: { tags, summary: 'A lead or opportunity with its pipeline, allowed moves, contacts, vacancies and conversion link', params: idParams, response: { 200: dossierDetailSchema, ...commonProblems } } },
    async (request) => readDossier(db, actorOf(request), { dossierId: request.params.id }),
  );

  api.patch(
    '/api/dossiers/:id',
    { schema: { tags, summary: 'Edit the fields (not the stage); owner_changed and deal_updated record each change', params: idParams, body: updateDossierInput.omit({ dossierId: true }), response: { 200: dossierSchema, ...commonProblems } } },
    async (request) => updateDossier(db, actorOf(request), { ...request.body, dossierId: request.params.id }, clock),
  );

  api.delete(
    '/api/dossiers/:id',
    { schema: { tags, summary: 'Delete (soft: the timeline stays; its vacancies are let go)', params: idParams, response: { 204: z.null(), ...commonProblems } } },
    async (request, reply) => {
      await deleteDossier(db, actorOf(request), { dossierId: request.params.id }, clock);
      return reply.code(204).send(null);
    },
  );

  api.post(
    '/api/dossiers/:id/stage',
    {
      schema: {
        tags,
        summary: 'Move to another stage through the stage writer: the graph, the gates (loss reason, hold, checklist, fields) and an admin’s override',
        params: idParams,
        body: changeDossierStageInput.omit({ dossierId: true }),
        response: { 200: dossierStageChangeSchema, ...commonProblems, 409: problemSchema },
      },
    },
    async (request) => changeDossierStage(db, actorOf(request), { ...request.body, dossierId: request.params.id }, clock),
  );

  api.get(
    '/api/dossiers/:id/activities',
    { schema: { tags, summary: 'The timeline, newest first', params: idParams, querystring: dossierTimelineInput.omit({ dossierId: true }), response: { 200: pageOf(dossierActivitySchema), ...commonProblems } } },
    async (request) => readDossierTimeline(db, actorOf(request), { ...request.query, dossierId: request.params.id }),
  );

  api.post(
    '/api/dossiers/:id/activities',
    { schema: { tags, summary: 'Log a note, e-mail, task or appointment', params: idParams, body: logDossierActivityInput.omit({ dossierId: true }), response: { 201: dossierActivitySchema, ...commonProblems } } },
    async (request, reply) => reply.code(201).send(await logDossierActivity(db, actorOf(request), { ...request.body, dossierId: request.params.id }, clock)),
  );

  api.post(
    '/api/dossiers/:id/contacts',
    { schema: { tags, summary: 'Link a contact with a role (409 when already linked)', params: idParams, body: linkDossierContactInput.omit({ dossierId: true }), response: { 201: z.array(dossierContactSchema), ...withConflict } } },
    async (request, reply) => reply.code(201).send(await linkDossierContact(db, actorOf(request), { ...request.body, dossierId: request.params.id }, clock)),
  );

  api.patch(
    '/api/dossiers/:id/contacts/:contactId',
    { schema: { tags, summary: 'Give a linked contact another role', params: contactParams, body: changeDossierContactRoleInput.pick({ roleId: true }), response: { 200: z.array(dossierContactSchema), ...commonProblems } } },
    async (request) => changeDossierContactRole(db, actorOf(request), { ...request.body, dossierId: request.params.id, contactId: request.params.contactId }, clock),
  );

  api.delete(
    '/api/dossiers/:id/contacts/:contactId',
    { schema: { tags, summary: 'Unlink a contact', params: contactParams, response: { 200: z.array(dossierContactSchema), ...commonProblems } } },
    async (request) => unlinkDossierContact(db, actorOf(request), { dossierId: request.params.id, contactId: request.params.contactId }, clock),
  );

  api.post(
    '/api/dossiers/:id/vacancies',
    { schema: { tags, summary: 'Link a vacancy (409 when it already has a dossier of this kind)', params: idParams, body: linkDossierVacancyInput.omit({ dossierId: true }), response: { 201: z.array(vacancySchema), ...withConflict } } },
    async (request, reply) => reply.code(201).send(await linkDossierVacancy(db, actorOf(request), { ...request.body, dossierId: request.params.id }, clock)),
  );

  api.delete(
    '/api/dossiers/:id/vacancies/:vacancyId',
    { schema: { tags, summary: 'Unlink a vacancy', params: vacancyParams, response: { 200: z.array(vacancySchema), ...commonProblems } } },
    async (request) => unlinkDossierVacancy(db, actorOf(request), { dossierId: request.params.id, vacancyId: request.params.vacancyId }, clock),
  );

  api.post(
    '/api/dossiers/:id/convert',
    {
      schema: {
        tags,
        summary: 'Convert a lead in its end stage into an opportunity (once), carrying client, contacts with roles and vacancies',
        params: idParams,
        body: convertLeadInput.omit({ leadId: true }),
        response: { 201: conversionSchema, ...withConflict },
      },
    },
    async (request, reply) => reply.code(201).send(await convertLead(db, actorOf(request), { ...(request.body ?? {}), leadId: request.params.id }, clock)),
  );
}
