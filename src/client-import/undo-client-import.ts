import { z } from 'zod';
import { sql } from 'kysely';
import { systemClock, type Clock } from '../platform/clock.js';
import type { Actor } from '../identity/domain/index.js';
import type { Db } from '../platform/db/database.js';
import { authorize } from '../identity/index.js';
import { conflict, notFound } from '../platform/errors.js';
import { id, parseInput } from '../platform/input/input.js';
import { appendActivity } from '../pipeline/index.js';
import { publishCompanyChange } from '../platform/events/company-changes.js';
import { readBatches, type BatchView } from './batch-view.js';
import { isInterrupted } from './domain/index.js';

export const undoClientImportInput = z.object({ batchId: id }).strict();

/**
 * Undoes a whole import batch (docs/api.md, "Import clients"): what the
 * batch created goes, the way the product removes such things, and
 * nothing else. Records it followed (or restored) are unfollowed — the
 * soft delete of "stop following", with a `company_deleted` entry — so
 * their timelines stay with them, as any unfollowed record's does; the
 * contacts it added are removed, on any record; its notes are timeline
 * entries, which are append-only: on records it unfollows they go with the
 * record, on records the agency followed before they stay (counted as
 * `notesKept`). Records that existed before, and anything added since by
 * people, are left. Its source keys are forgotten, so importing the file
 * again imports it again. Undoing an undone batch changes nothing; a batch
 * still running is a CONFLICT, unless its run was interrupted (its
 * heartbeat is stale: domain/interrupted.ts), which undo takes and stores
 * as failed.
 */
export async function undoClientImport(db: Db, actor: Actor, input: z.input<typeof undoClientImportInput>, clock: Clock = systemClock): Promise<BatchView> {
  authorize(actor, 'clients:import');
  const { batchId } = parseInput(undoClientImportInput, input);
  const unfollowed = await db.transaction().execute(async (trx) => {
    const batch = await trx
      .selectFrom('client_import_batches')
      .select(['status', 'undone_at', 'counts', 'heartbeat_at', 'finished_at'])
      .where('agency_id', '=', actor.agencyId)
      .where('id', '=', batchId)
      .forUpdate()
      .executeTakeFirst();
    if (!batch) throw notFound('ClientImport', batchId);
    if (batch.undone_at) return [];
    // Decided under the lock: a chunk that committed before it has beaten the run's heart.
    const interrupted = isInterrupted({ status: batch.status, heartbeatAt: batch.heartbeat_at, finishedAt: batch.finished_at }, clock());
    if (batch.status === 'running' && !interrupted) throw conflict('This import is still running; undo it once it has finished.', {});
    const keys = await trx.selectFrom('client_import_keys').selectAll().where('agency_id', '=', actor.agencyId).where('batch_id', '=', batchId).execute();
    const created = keys.filter((k) => k.kind === 'company' && k.created_record).map((k) => k.company_id);
    const live = created.length === 0 ? [] : await trx
      .selectFrom('companies')
      .select(['id', 'client_status'])
      .where('agency_id', '=', actor.agencyId)
      .where('id', '=', sql<string>`any(${created}::uuid[])`)
      .where('deleted_at', 'is', null)
      .orderBy('id')
      .forUpdate()
      .execute();
    const now = clock();
    for (const company of live) {
      await trx.updateTable('companies').set({ deleted_at: now, deleted_by: actor.userId }).where('agency_id', '=', actor.agencyId).where('id', '=', company.id).execute();
      await appendActivity(trx, {
        agencyId: actor.agencyId,
        companyId: company.id,
        type: 'company_deleted',
        userId: actor.userId,
        createdAt: now,
        extraData: { status: company.client_status, undoneImport: batchId },
      });
    }
    const contactIds = keys.flatMap((k) => (k.kind === 'contact' && k.contact_id ? [k.contact_id] : []));
    const removed = contactIds.length === 0 ? [] : await trx
      .deleteFrom('contacts')
      .where('agency_id', '=', actor.agencyId)
      .where('id', '=', sql<string>`any(${contactIds}::uuid[])`)
      .returning('id')
      .execute();
    const gone = new Set(created);
    const notesKept = keys.filter((k) => k.kind === 'note' && !gone.has(k.company_id)).length;
    await trx.deleteFrom('client_import_keys').where('agency_id', '=', actor.agencyId).where('batch_id', '=', batchId).execute();
    await trx
      .updateTable('client_import_batches')
      .set({
        undone_at: now,
        undone_by: actor.userId,
        counts: JSON.stringify({ ...batch.counts, unfollowed: live.length, contactsRemoved: removed.length, notesKept }),
        // An interrupted run is stored as what it showed: failed at its last heartbeat. Its run, should it
        // still be alive, stops at its next chunk (start-client-import.ts).
        ...(interrupted ? { status: 'failed' as const, finished_at: batch.heartbeat_at } : {}),
      })
      .where('agency_id', '=', actor.agencyId)
      .where('id', '=', batchId)
      .execute();
    return live.map((c) => c.id);
  });
  for (const companyId of unfollowed) publishCompanyChange({ agencyId: actor.agencyId, companyId, kind: 'deleted' });
  return (await readBatches(db, actor.agencyId, clock, { batchId }))[0]!;
}
