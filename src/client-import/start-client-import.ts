import { setImmediate } from 'node:timers/promises';
import { sql, type Transaction } from 'kysely';
import type { z } from 'zod';
import { systemClock, type Clock } from '../platform/clock.js';
import type { Actor } from '../identity/domain/index.js';
import type { Database, Db } from '../platform/db/database.js';
import { authorize } from '../identity/index.js';
import { parseInput } from '../platform/input/input.js';
import { chunkSize, hasOneConnection } from '../platform/db/one-connection.js';
import { publishCompanyChange } from '../platform/events/company-changes.js';
import { isInterrupted, SOURCE_NAMES } from './domain/index.js';
import { EMPTY_COUNTS, readBatches, type BatchCounts, type BatchView } from './batch-view.js';
import { importOptionsInput, loadImport } from './import-input.js';
import { resolveCompanies } from './resolve-companies.js';
import { writeCompany, type Written } from './write-company.js';

/** Companies per transaction: on PGlite short, since a transaction there holds the whole process. */
const CHUNK = { oneConnection: 50, pooled: 250 };

export interface StartedImport {
  batch: BatchView;
  /** Runs the import to its end (the batch says how far it is meanwhile); resolves with the finished batch. */
  run: (options?: RunOptions) => Promise<BatchView>;
}

export interface RunOptions {
  /** Companies per chunk (its transaction); by default CHUNK's for the database. */
  chunkSize?: number | undefined;
  /** Called after each chunk has committed, and awaited before the next one starts. */
  onProgress?: ((progress: { processed: number; total: number }) => void | Promise<void>) | undefined;
}

/**
 * Starts a run of the import (docs/api.md, "Import clients"): records the
 * batch (running, with the refused lines) and returns it with the run,
 * which the caller awaits or leaves to run while clients poll the batch.
 * The run places companies a chunk per transaction, each chunk resolved
 * again inside its transaction (under the agency's import lock on
 * PostgreSQL), so a re-run — or two runs at once — of the same file find
 * the source keys written before them and change nothing. A run that
 * fails keeps the chunks before the failure (undo removes them) and is
 * marked failed. Each chunk beats the batch's heartbeat; a run whose
 * server stops beats no more and its batch reads as failed once the
 * heartbeat is stale (domain/interrupted.ts). Each chunk first locks its
 * batch and, when the batch is no longer running (it was taken for
 * interrupted, or undone), the run stops there, writing nothing more.
 */
export async function startClientImport(db: Db, actor: Actor, input: z.input<typeof importOptionsInput>, clock: Clock = systemClock): Promise<StartedImport> {
  authorize(actor, 'clients:import');
  const request = parseInput(importOptionsInput, input);
  const loaded = await db.transaction().execute((trx) => loadImport(trx, actor.agencyId, request));
  const { plan, options, pipeline } = loaded;
  const counts: BatchCounts = { ...EMPTY_COUNTS, rejected: plan.rejects.length };
  const startedAt = clock();
  const { id: batchId } = await db
    .insertInto('client_import_batches')
    .values({
      agency_id: actor.agencyId,
      file_name: loaded.fileName,
      source: options.source,
      pipeline_id: pipeline.id,
      status: 'running',
      total: plan.companies.length,
      counts: JSON.stringify(counts),
      rejects: JSON.stringify(plan.rejects.slice(0, 1_000)),
      created_by: actor.userId,
      created_at: startedAt,
      heartbeat_at: startedAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const [batch] = await readBatches(db, actor.agencyId, clock, { batchId });

  const run = async ({ chunkSize: size = chunkSize(db, CHUNK), onProgress }: RunOptions = {}): Promise<BatchView> => {
    let processed = 0;
    try {
      for (let start = 0; start < plan.companies.length; start += size) {
        const chunk = plan.companies.slice(start, start + size);
        const touched = await db.transaction().execute(async (trx) => {
          if (!hasOneConnection(db)) await sql`select pg_advisory_xact_lock(hashtext(${`client-import:${actor.agencyId}`}))`.execute(trx);
          if (!(await stillRunning(trx, actor.agencyId, batchId, clock))) return null;
          const resolved = await resolveCompanies(trx, actor.agencyId, options.source, chunk);
          const changed: { companyId: string; kind: 'followed' | 'contact_added' }[] = [];
          const keys: Written['keys'] = [];
          for (const company of resolved) {
            const written = await writeCompany(trx, { agencyId: actor.agencyId, userId: actor.userId, batchId, sourceName: SOURCE_NAMES[options.source], pipelineId: pipeline.id, now: clock() }, company);
            counts[written.outcome]++;
            keys.push(...written.keys);
            counts.contacts += written.contacts;
            counts.notes += written.notes;
            if (written.companyId && (written.outcome === 'created' || written.outcome === 'linked')) changed.push({ companyId: written.companyId, kind: 'followed' });
            else if (written.companyId && written.contacts + written.notes > 0) changed.push({ companyId: written.companyId, kind: 'contact_added' });
          }
          // The chunk's source keys in one statement (in pages, within the parameter limit).
          for (let at = 0; at < keys.length; at += 5_000) await trx.insertInto('client_import_keys').values(keys.slice(at, at + 5_000)).execute();
          processed += chunk.length;
          await trx
            .updateTable('client_import_batches')
            .set({ processed, counts: JSON.stringify(counts), heartbeat_at: clock() })
            .where('agency_id', '=', actor.agencyId)
            .where('id', '=', batchId)
            .execute();
          return changed;
        });
        // Its batch was undone or taken for interrupted: whatever it says stands.
        if (touched === null) return (await readBatches(db, actor.agencyId, clock, { batchId }))[0]!;
        for (const change of touched) publishCompanyChange({ agencyId: actor.agencyId, ...change });
        await onProgress?.({ processed, total: plan.companies.length });
        // Lets requests in between chunks (on PGlite the only connection is the import's during each).
        await setImmediate();
      }
      await finish('done');
    } catch (error) {
      await finish('failed').catch(() => undefined);
      throw error;
    }
    return (await readBatches(db, actor.agencyId, clock, { batchId }))[0]!;
  };

  // Only a batch still running is marked: one undone or taken for interrupted keeps what it says.
  const finish = (status: 'done' | 'failed') =>
    db
      .updateTable('client_import_batches')
      .set({ status, finished_at: clock() })
      .where('agency_id', '=', actor.agencyId)
      .where('id', '=', batchId)
      .where('status', '=', 'running')
      .execute();

  return { batch: batch!, run };
}

/**
 * Locks the batch for a chunk and says whether its run may go on: the
 * batch is still running and not undone. A run whose own heartbeat went
 * stale (its process was paused past the limit) finds its batch shown as
 * failed already; it stores that and stops, so a batch shown failed never
 * runs again.
 */
async function stillRunning(trx: Transaction<Database>, agencyId: string, batchId: string, clock: Clock): Promise<boolean> {
  const batch = await trx
    .selectFrom('client_import_batches')
    .select(['status', 'undone_at', 'heartbeat_at', 'finished_at'])
    .where('agency_id', '=', agencyId)
    .where('id', '=', batchId)
    .forUpdate()
    .executeTakeFirstOrThrow();
  if (batch.status !== 'running' || batch.undone_at !== null) return false;
  if (!isInterrupted({ status: batch.status, heartbeatAt: batch.heartbeat_at, finishedAt: batch.finished_at }, clock())) return true;
  await trx.updateTable('client_import_batches').set({ status: 'failed', finished_at: batch.heartbeat_at }).where('agency_id', '=', agencyId).where('id', '=', batchId).execute();
  return false;
}

/** Runs an import to its end: startClientImport, awaited. */
export async function runClientImport(db: Db, actor: Actor, input: z.input<typeof importOptionsInput>, clock: Clock = systemClock): Promise<BatchView> {
  const started = await startClientImport(db, actor, input, clock);
  return started.run();
}
