import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { actorOf } from '../identity/index.js';
import { commonProblems, idParams, problemSchema } from '../platform/http/schemas.js';
import type { ServiceInputTypeProvider } from '../platform/http/zod.js';
import type { RouteDeps } from '../platform/http/route-deps.js';
import { createPipeline, createPipelineInput } from './create-pipeline.js';
import { editPipeline, editPipelineInput } from './edit-pipeline.js';
import { listPipelineTemplates } from './list-pipeline-templates.js';
import { listAgencyPipelines, listPipelinesInput } from './list-pipelines.js';
import { readPipeline } from './read-pipeline.js';
import { pipelineSchema, pipelineTemplateSchema } from './pipeline.schemas.js';

/** Pipelines as agency data (SPEC R3): the templates, and the agency's pipelines to read, create and edit (docs/pipelines.md). */
export async function pipelinesRoutes(app: FastifyInstance, { db, clock }: RouteDeps) {
  const api = app.withTypeProvider<ServiceInputTypeProvider>();
  const tags = ['pipelines'];

  api.get(
    '/api/pipeline-templates',
    {
      schema: {
        tags,
        summary: 'The built-in templates a pipeline starts from',
        response: { 200: z.object({ items: z.array(pipelineTemplateSchema) }), ...commonProblems },
      },
    },
    async (request) => ({ items: [...listPipelineTemplates(actorOf(request))] }),
  );

  api.get(
    '/api/pipelines',
    {
      schema: {
        tags,
        summary: "The agency's pipelines and their stages, defaults first",
        querystring: listPipelinesInput,
        response: { 200: z.object({ items: z.array(pipelineSchema) }), ...commonProblems },
      },
    },
    async (request) => ({ items: await listAgencyPipelines(db, actorOf(request), request.query) }),
  );

  api.get(
    '/api/pipelines/:id',
    { schema: { tags, summary: 'One pipeline at its current version', params: idParams, response: { 200: pipelineSchema, ...commonProblems } } },
    async (request) => readPipeline(db, actorOf(request), { pipelineId: request.params.id }),
  );

  api.post(
    '/api/pipelines',
    {
      schema: {
        tags,
        summary: 'Create a pipeline from a template (admins)',
        body: createPipelineInput,
        response: { 201: pipelineSchema, ...commonProblems },
      },
    },
    async (request, reply) => reply.code(201).send(await createPipeline(db, actorOf(request), request.body)),
  );

  api.patch(
    '/api/pipelines/:id',
    {
      schema: {
        tags,
        summary: 'Edit a pipeline (admins): a new version',
        description:
          'Send the version you edited; a stale one is 409. A definition replaces the whole definition: stages are never removed (archive one with active: false) and keys never change. A stage archived while it holds records needs `moves` (stage key → active stage); the records move as your override, and a gate of the target refuses the whole edit (422).',
        params: idParams,
        body: editPipelineInput.omit({ pipelineId: true }),
        response: { 200: pipelineSchema, ...commonProblems, 409: problemSchema, 422: problemSchema },
      },
    },
    async (request) => editPipeline(db, actorOf(request), { ...request.body, pipelineId: request.params.id }, clock),
  );
}
