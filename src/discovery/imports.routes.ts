import { PassThrough, type Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { IMPORT_KINDS, type ImportProgress, type ImportSummary } from './import/import-records.js';
import { startImport } from './import/start-import.js';
import { actorOf } from '../identity/index.js';
import { problem, sendProblem } from '../platform/http/problems.js';
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
const REJECTED_SHOWN = 1000;

/**
 * Imports by upload (the platform operator; agency users get 403): the body is the file, the response a stream of
 * JSON lines, one per batch, so the UI can show progress, and a last line
 * with the summary.
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
          'Send the file as the body with Content-Type text/csv or application/x-ndjson. The response is application/x-ndjson: ImportEvent lines while rows are read, ending with phase "done" (or "failed").',
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
      if (Number(request.headers['content-length'] ?? 0) > MAX_IMPORT_BYTES) {
        return sendProblem(reply, problem('payload-too-large', `Import files are limited to ${MAX_IMPORT_BYTES / 1024 / 1024} MB; split the file.`));
      }
      const file = request.body as Readable;
      let bytesRead = 0;

      const events = new PassThrough();
      // Lines of the documented ImportEvent shape, written as they happen (a stream skips the response serializer).
      const send = (event: Omit<z.input<typeof importEventSchema>, 'problem'> & { problem?: object }) => events.write(`${JSON.stringify(event)}\n`);
      const counts = (summary: ImportSummary) => ({ ...summary, rejected: summary.rejected.length });
      let written = counts({ inserted: 0, updated: 0, skipped: 0, rejected: [] });
      run(file, ({ phase, summary, companies }: ImportProgress) => {
        written = counts(summary);
        send({ phase, bytesRead, counts: written, companies });
      }, (bytes) => (bytesRead = bytes))
        .then(async (summary) => {
          send({ phase: 'done', bytesRead, counts: counts(summary), rejected: summary.rejected.slice(0, REJECTED_SHOWN) });
          // New jobs notify the agencies that follow their companies now; the stream ends once they have.
          if (request.params.kind === 'jobs' && summary.inserted > 0) {
            await onJobsImported().catch((error: unknown) => request.log.error({ err: error }, 'new-job notifications failed'));
          }
        })
        .catch((error: unknown) => {
          request.log.error({ err: error }, 'import failed');
          send({
            phase: 'failed',
            bytesRead,
            counts: written,
            problem: problem('internal', 'The import stopped; the batches before this point were written.'),
          });
        })
        .finally(() => events.end());
      return reply.type('application/x-ndjson; charset=utf-8').send(events as never);
    },
  );
}
