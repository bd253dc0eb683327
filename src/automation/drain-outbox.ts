import { setImmediate } from 'node:timers/promises';
import type { Clock } from '../platform/clock.js';
import type { Db } from '../platform/db/database.js';
import { chunkSize } from '../platform/db/one-connection.js';
import { publishNotificationEvent, writeAutomaticNotification } from '../tasks/index.js';

const CHUNK = { oneConnection: 20, pooled: 500 };

/**
 * Sends the notifications rules asked for (docs/automation.md, "Outbox").
 * A row exists only if the event's transaction committed, so a rolled-back
 * change notifies no one. Each chunk is claimed (FOR UPDATE SKIP LOCKED, so
 * two instances take different rows), written as notifications keyed by
 * the row's id (a row sent twice writes one notification) and marked sent,
 * in one transaction.
 */
export async function drainOutbox(db: Db, clock: Clock): Promise<{ sent: number }> {
  let sent = 0;
  for (;;) {
    const batch = await db.transaction().execute(async (trx) => {
      const rows = await trx
        .selectFrom('automation_outbox')
        .selectAll()
        .where('sent_at', 'is', null)
        .orderBy('created_at')
        .limit(chunkSize(db, CHUNK))
        .forUpdate()
        .skipLocked()
        .execute();
      const now = clock();
      for (const row of rows) {
        await writeAutomaticNotification(trx, {
          agencyId: row.agency_id,
          userId: row.user_id,
          ...(row.dossier_id ? { dossierId: row.dossier_id } : { companyId: row.company_id! }),
          ruleName: row.payload.ruleName,
          message: row.payload.message,
          dedupeKey: `automation:${row.id}`,
          now,
        });
        await trx.updateTable('automation_outbox').set({ sent_at: now }).where('agency_id', '=', row.agency_id).where('id', '=', row.id).execute();
      }
      return rows;
    });
    for (const row of batch) publishNotificationEvent({ agencyId: row.agency_id, userIds: [row.user_id], kind: 'created' });
    sent += batch.length;
    if (batch.length < chunkSize(db, CHUNK)) return { sent };
    await setImmediate();
  }
}
