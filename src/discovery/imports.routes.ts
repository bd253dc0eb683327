import { PassThrough, type Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { IMPORT_KINDS, type ImportCounts, type ImportProgress, type ImportSummary } from './import/import-records.js';
import { startImport } from './import/start-import.js';
import { limitUpload, UploadTooLarge } from './limit-upload.js';
import { actorOf } from '../identity/index.js';
import { problem, sendProblem, type Problem } from '../platform/http/problems.js';
import { commonProblems, problemSchema } from '../platform/http/schemas.js';
import { importEventSchema } from './discovery.schemas.js';
import type { ServiceInputTypeProvider } from '../platform/http/zod.js';
import type { RouteDeps } from '../platform/http/route-deps.js';

/** Upload formats by content type. */
const FORMATS = {
  'text/csv': 'csv',
  'application/x-ndjson': 'jsonl',
  'application/jsonl': 'jsonl',
} as const;

export const MAX_IMPORT_BYTES = 200 * 1024 * 1024;

type ImportEvent = Omit<z.input<typeof importEventSchema>, 'problem'> & { problem?: Problem };

/**
 * Imports by upload (the platform operator; agency users get 403): the body
 * is the file, the response a stream of JSON lines, one per batch, so the UI
 * can show progress, and a last line with the summary. The upload is held to
 * MAX_IMPORT_BYTES as it streams in, chunked or not: past it the import
 * stops, with 413 when no line has been sent yet, or else with a last
 * "failed" line carrying the same problem.
 */
export async function importsRoutes(app: FastifyInstance, { db, clock, onJobsImported }: RouteDeps) {
  // The file is streamed into the import, never buffered: the parser hands the raw body on.
  app.addContentTypeParser(Object.keys(FORMATS), (_request, payload, done) => done(null, payload));
  const api = app.withTypeProvider<ServiceInputTypeProvider>();
  api.post(
    '/api/imports/:kind',
    {
      schema: {
        tags: ['discovery'],
        summary: 'Import shared companies, jobs or decision makers from CSV or JSON Lines (platform operators only); see docs/import.md',
        description:
          'Send the file as the body with Content-Type text/csv or application/x-ndjson (at most 200 MB, chunked or not). The response is application/x-ndjson: ImportEvent lines while rows are read, ending with phase "done" (or "failed"). Agency users get 403.',
        params: z.object({ kind: z.enum(IMPORT_KINDS) }),
        consumes: Object.keys(FORMATS),
        response: { 200: importEventSchema, ...commonProblems, 413: problemSchema, 415: problemSchema },
      },
    },
    async (request, reply) => {
      const contentType = request.headers['content-type']?.split(';')[0]?.trim().toLowerCase() ?? '';
      const format = Object.hasOwn(FORMATS, contentType) ? FORMATS[contentType as keyof typeof FORMATS] : undefined;
      // Who may import is checked before what was sent.
      const run = startImport(db, actorOf(request), { kind: request.params.kind, format: format ?? 'csv' }, clock);
      if (!format) return sendProblem(reply, problem('unsupported-media-type', 'Send the file as text/csv or application/x-ndjson.'));
      const tooLarge = problem('payload-too-large', `Import files are limited to ${MAX_IMPORT_BYTES / 1024 / 1024} MB; split the file.`);
      if (Number(request.headers['content-length'] ?? 0) > MAX_IMPORT_BYTES) return sendProblem(reply, tooLarge);

      const upload = request.body as Readable;
      const file = upload.pipe(limitUpload(MAX_IMPORT_BYTES));
      let bytesRead = 0;
      const events = new PassThrough();
      // The response starts with its first line; until then a refusal can still be a status of its own.
      let streaming = false;
      let startStreaming!: () => void;
      const started = new Promise<'streaming'>((resolve) => (startStreaming = () => resolve('streaming')));
      // Lines of the documented ImportEvent shape, written as they happen (a stream skips the response serializer).
      const send = (event: ImportEvent) => {
        events.write(`${JSON.stringify(event)}\n`);
        streaming = true;
        startStreaming();
      };
      let written = countsOf({ inserted: 0, updated: 0, skipped: 0, rejected: 0 });
      const outcome = run(file, ({ phase, summary, companies }: ImportProgress) => {
        written = countsOf(summary);
        send({ phase, bytesRead, counts: written, companies });
      }, (bytes) => (bytesRead = bytes))
        .then(async (summary: ImportSummary) => {
          send({ phase: 'done', bytesRead, counts: countsOf(summary), rejected: summary.rejectedRows, rejectedByCode: summary.rejectedByCode });
          // New jobs notify the agencies that follow their companies now, and closed ones move clients
          // whose jobs have all closed (server/app.ts); the stream ends once they have.
          if (request.params.kind === 'jobs' && summary.inserted + summary.updated > 0) {
            await onJobsImported().catch((error: unknown) => request.log.error({ err: error }, 'the jobs after an import failed'));
          }
          return 'streaming' as const;
        })
        .catch((error: unknown) => {
          if (error instanceof UploadTooLarge && !streaming) return 'too large' as const;
          if (!(error instanceof UploadTooLarge)) request.log.error({ err: error }, 'import failed');
          const why = error instanceof UploadTooLarge ? tooLarge : problem('internal', 'The import stopped; the batches before this point were written.');
          send({ phase: 'failed', bytesRead, counts: written, problem: why });
          return 'streaming' as const;
        })
        .finally(() => events.end());
      if ((await Promise.race([started, outcome])) === 'too large') {
        // The import has stopped; the rest of the upload is read and dropped (not held), so the client, still
        // sending, gets this answer rather than a reset connection.
        upload.unpipe();
        upload.resume();
        return sendProblem(reply, tooLarge);
      }
      return reply.type('application/x-ndjson; charset=utf-8').send(events as never);
    },
  );
}

/** The counts an event carries. */
const countsOf = ({ inserted, updated, skipped, rejected }: ImportCounts): ImportCounts => ({ inserted, updated, skipped, rejected });
