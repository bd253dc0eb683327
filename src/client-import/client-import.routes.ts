import type { Readable } from 'node:stream';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { actorOf, authorize } from '../identity/index.js';
import { limitUpload, UploadTooLarge } from '../discovery/index.js';
import { negotiateLanguage } from '../platform/http/language.js';
import { plainString } from '../platform/input/input.js';
import { problem, sendProblem } from '../platform/http/problems.js';
import { commonProblems, idParams, problemSchema } from '../platform/http/schemas.js';
import type { ServiceInputTypeProvider } from '../platform/http/zod.js';
import type { RouteDeps } from '../platform/http/route-deps.js';
import { clientImportBatchSchema, clientImportPlanSchema } from './client-import.schemas.js';
import { describeBatch, describePlan } from './describe-lines.js';
import { dryRunClientImport } from './dry-run-client-import.js';
import { importOptionsInput } from './import-input.js';
import { listClientImports } from './list-client-imports.js';
import { readClientImport } from './read-client-import.js';
import { startClientImport } from './start-client-import.js';
import { undoClientImport } from './undo-client-import.js';
import { MAX_CLIENT_IMPORT_BYTES, uploadClientImportFile } from './upload-client-import-file.js';

/** What an upload may be sent as: CSV (however a browser names it) or XLSX; the content tells them apart. */
const FILE_TYPES = ['text/csv', 'text/plain', 'application/vnd.ms-excel', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'application/octet-stream'];

const language = (request: FastifyRequest) => negotiateLanguage(request.headers['accept-language']);

/**
 * The migration import of the agency's own clients (admins; docs/api.md,
 * "Import clients"): upload a file, adjust the mappings with dry runs, run
 * it (polling the batch for progress), list the batches and undo one.
 */
export async function clientImportRoutes(app: FastifyInstance, { db, clock }: RouteDeps) {
  // The upload reaches the route as a stream, held to its limit as it is read.
  app.addContentTypeParser(FILE_TYPES, (_request, payload, done) => done(null, payload));
  const api = app.withTypeProvider<ServiceInputTypeProvider>();
  const tags = ['client-import'];

  api.post(
    '/api/client-imports/files',
    {
      schema: {
        tags,
        summary: 'Upload an export (CSV or XLSX) to import clients from (admins); answers with the detected preset, the suggested mappings and the preview',
        description: `Send the file as the body (text/csv or application/vnd.openxmlformats-officedocument.spreadsheetml.sheet; at most ${MAX_CLIENT_IMPORT_BYTES / 1024 / 1024} MB). The file is kept for a day.`,
        querystring: z.object({ name: plainString().max(300, { error: 'must be at most 300 characters' }).optional().describe('The file name to show') }).strict(),
        consumes: FILE_TYPES,
        response: { 201: clientImportPlanSchema, ...commonProblems, 413: problemSchema, 415: problemSchema },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      // Who may import is checked before what was sent.
      authorize(actor, 'clients:import');
      const contentType = request.headers['content-type']?.split(';')[0]?.trim().toLowerCase() ?? '';
      if (!FILE_TYPES.includes(contentType)) return sendProblem(reply, problem('unsupported-media-type', 'Send the file as CSV or XLSX.'));
      const tooLarge = problem('payload-too-large', `Client import files are limited to ${MAX_CLIENT_IMPORT_BYTES / 1024 / 1024} MB; split the file.`);
      if (Number(request.headers['content-length'] ?? 0) > MAX_CLIENT_IMPORT_BYTES) return sendProblem(reply, tooLarge);
      const upload = request.body as Readable;
      const chunks: Buffer[] = [];
      try {
        for await (const chunk of upload.pipe(limitUpload(MAX_CLIENT_IMPORT_BYTES))) chunks.push(chunk as Buffer);
      } catch (error) {
        if (!(error instanceof UploadTooLarge)) throw error;
        // The rest of the upload is read and dropped, so the client, still sending, gets this answer.
        upload.unpipe();
        upload.resume();
        return sendProblem(reply, tooLarge);
      }
      const plan = await uploadClientImportFile(db, actor, { fileName: request.query.name || undefined, content: Buffer.concat(chunks) }, clock);
      return reply.code(201).send(describePlan(plan, language(request)));
    },
  );

  api.post(
    '/api/client-imports/dry-run',
    {
      schema: {
        tags,
        summary: 'What importing the uploaded file with these mappings would do, writing nothing (admins)',
        body: importOptionsInput,
        response: { 200: clientImportPlanSchema, ...commonProblems },
      },
    },
    async (request) => describePlan(await dryRunClientImport(db, actorOf(request), request.body), language(request)),
  );

  api.post(
    '/api/client-imports',
    {
      schema: {
        tags,
        summary: 'Run the import of the uploaded file with these mappings (admins); poll the batch for progress',
        description: 'Answers 202 with the running batch; with ?wait=true, once the run has finished.',
        body: importOptionsInput,
        querystring: z.object({ wait: z.enum(['true', 'false']).optional() }).strict(),
        response: { 202: clientImportBatchSchema, ...commonProblems },
      },
    },
    async (request, reply) => {
      const started = await startClientImport(db, actorOf(request), request.body, clock);
      const finished = started.run();
      if (request.query.wait === 'true') return reply.code(202).send(describeBatch(await finished, language(request)));
      // The batch records a failure; the log says why.
      finished.catch((error: unknown) => request.log.error({ err: error }, 'client import failed'));
      return reply.code(202).send(describeBatch(started.batch, language(request)));
    },
  );

  api.get(
    '/api/client-imports',
    { schema: { tags, summary: "The agency's import batches, newest first (admins)", response: { 200: z.object({ items: z.array(clientImportBatchSchema) }), ...commonProblems } } },
    async (request) => ({ items: (await listClientImports(db, actorOf(request), clock)).map((batch) => describeBatch(batch, language(request))) }),
  );

  api.get(
    '/api/client-imports/:id',
    { schema: { tags, summary: 'One import batch, with its progress while it runs (admins)', params: idParams, response: { 200: clientImportBatchSchema, ...commonProblems } } },
    async (request) => describeBatch(await readClientImport(db, actorOf(request), { batchId: request.params.id }, clock), language(request)),
  );

  api.post(
    '/api/client-imports/:id/undo',
    {
      schema: {
        tags,
        summary: 'Undo a whole import batch: unfollow the records it created, remove its contacts (admins)',
        params: idParams,
        response: { 200: clientImportBatchSchema, ...commonProblems, 409: problemSchema },
      },
    },
    async (request) => describeBatch(await undoClientImport(db, actorOf(request), { batchId: request.params.id }, clock), language(request)),
  );
}
