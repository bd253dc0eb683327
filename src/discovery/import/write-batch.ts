import type { Db, Executor } from '../../platform/db/database.js';
import type { Batch, BatchResult, Reject } from './batch.js';
import type { Rejection } from './rejections.js';

/** Writes one batch; `now` (the import's clock) is when clientpipe learned of what it inserts or changes. */
export type Upsert<Row> = (trx: Executor, batch: Batch<Row>, reject: Reject, now: Date) => Promise<BatchResult>;

/** What writing a batch did, with the rows the upsert (or the database) refused. */
export type WrittenBatch = BatchResult & { rejected: Rejection[] };

/**
 * SQLSTATEs of a transaction that lost a race with another import, not a
 * problem of its rows: a deadlock, a serialization failure, and a unique key
 * another transaction inserted first (the next attempt finds that row).
 */
const LOST_RACE = new Set(['40P01', '40001', '23505']);
const ATTEMPTS = 5;

/**
 * Writes a batch in one transaction. A transaction that lost a race is run
 * again (its rows read afresh). A data or integrity error the checks before
 * could not foresee (SQLSTATE classes 22 and 23) is one row's: the batch is
 * halved until that row stands alone and is refused by itself, so the other
 * rows are written. Rejections found while writing count only from the
 * attempt that committed.
 */
export async function writeBatch<Row>(db: Db, upsert: Upsert<Row>, batch: Batch<Row>, now: Date): Promise<WrittenBatch> {
  try {
    return await retryLostRaces(async () => {
      const rejected: Rejection[] = [];
      const result = await db.transaction().execute((trx) => upsert(trx, batch, (line, reason, issues) => rejected.push({ line, reason, issues }), now));
      return { ...result, rejected };
    });
  } catch (error) {
    const state = sqlState(error);
    if (state?.startsWith('22') || state?.startsWith('23')) return isolate(db, upsert, batch, now, error as Error);
    throw error;
  }
}

/** Runs `work` again (up to 5 times in all) while it fails because it lost a race with another transaction. */
export async function retryLostRaces<T>(work: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      const state = sqlState(error);
      if (state === undefined || !LOST_RACE.has(state) || attempt >= ATTEMPTS) throw error;
      // A little apart, so the two transactions do not meet again at once.
      await new Promise((resolve) => setTimeout(resolve, 20 * attempt * (1 + Math.random())));
    }
  }
}

async function isolate<Row>(db: Db, upsert: Upsert<Row>, batch: Batch<Row>, now: Date, error: Error): Promise<WrittenBatch> {
  if (batch.length === 1) {
    const reason = `the database refused the row: ${error.message}`;
    return { inserted: 0, updated: 0, skipped: 0, rejected: [{ line: batch[0]!.line, reason, issues: [{ code: 'not_storable' }] }] };
  }
  const middle = Math.ceil(batch.length / 2);
  const first = await writeBatch(db, upsert, batch.slice(0, middle), now);
  const second = await writeBatch(db, upsert, batch.slice(middle), now);
  return {
    inserted: first.inserted + second.inserted,
    updated: first.updated + second.updated,
    skipped: first.skipped + second.skipped,
    changedCompanies: [...(first.changedCompanies ?? []), ...(second.changedCompanies ?? [])],
    rejected: [...first.rejected, ...second.rejected],
  };
}

/** The SQLSTATE of a database error (pg and PGlite both carry it as `code`). */
function sqlState(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? code : undefined;
}
