import { setImmediate } from 'node:timers/promises';
import { sql } from 'kysely';
import type { z } from 'zod';
import { systemClock, type Clock } from '../platform/clock.js';
import type { Actor } from '../identity/domain/index.js';
import type { Db } from '../platform/db/database.js';
import { authorize } from '../identity/index.js';
import { parseInput } from '../platform/input/input.js';
import { chunkSize, hasOneConnection } from '../platform/db/one-connection.js';
import { publishCompanyChange } from '../platform/events/company-changes.js';
import { SOURCE_NAMES } from './domain/index.js';
import { EMPTY_COUNTS, readBatches, type BatchCounts, type BatchView } from './batch-view.js';
import { importOptionsInput, loadImport } from './import-input.js';
import { resolveCompanies } from './resolve-companies.js';
import { writeCompany, type Written } from './write-company.js';

/** Companies per transaction: on PGlite short, since a transaction there holds the whole process. */
const CHUNK = { oneConnection: 50, pooled: 250 };

export interface StartedImport {
  batch: BatchView;
  /** Runs the import to its end (the batch says how far it is meanwhile); resolves with the finished batch. */
  run: () => Promise<BatchView>;
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
 * marked failed.
 */
export async function startClientImport(db: Db, actor: Actor, input: z.input<typeof importOptionsInput>, clock: Clock = systemClock): Promise<StartedImport> {
  authorize(actor, 'clients:import');
  const request = parseInput(importOptionsInput, input);
  const loaded = await db.transaction().execute((trx) => loadImport(trx, actor.agencyId, request));
  const { plan, options, pipeline } = loaded;
  const counts: BatchCounts = { ...EMPTY_COUNTS, rejected: plan.rejects.length };
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
      created_at: clock(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const [batch] = await readBatches(db, actor.agencyId, { batchId });

  const run = async (): Promise<BatchView> => {
    const size = chunkSize(db, CHUNK);
    let processed = 0;
    try {
      for (let start = 0; start < plan.companies.length; start += size) {
        const chunk = plan.companies.slice(start, start + size);
        const touched = await db.transaction().execute(async (trx) => {
          if (!hasOneConnection(db)) await sql`select pg_advisory_xact_lock(hashtext(${`client-import:${actor.agencyId}`}))`.execute(trx);
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
            .set({ processed, counts: JSON.stringify(counts) })
            .where('agency_id', '=', actor.agencyId)
            .where('id', '=', batchId)
            .execute();
          return changed;
        });
        for (const change of touched) publishCompanyChange({ agencyId: actor.agencyId, ...change });
        // Lets requests in between chunks (on PGlite the only connection is the import's during each).
        await setImmediate();
      }
      await finish('done');
    } catch (error) {
      await finish('failed').catch(() => undefined);
      throw error;
    }
    return (await readBatches(db, actor.agencyId, { batchId }))[0]!;
  };

  const finish = (status: 'done' | 'failed') =>
    db
      .updateTable('client_import_batches')
      .set({ status, finished_at: clock() })
      .where('agency_id', '=', actor.agencyId)
      .where('id', '=', batchId)
      .execute();

  return { batch: batch!, run };
}

/** Runs an import to its end: startClientImport, awaited. */
export async function runClientImport(db: Db, actor: Actor, input: z.input<typeof importOptionsInput>, clock: Clock = systemClock): Promise<BatchView> {
  const started = await startClientImport(db, actor, input, clock);
  return started.run();
}
