import type { Clock } from '../platform/clock.js';
import type { Executor } from '../platform/db/database.js';
import { shownStatus, type BatchStatus, type ImportSource, type LineNote, type RejectCode } from './domain/index.js';

/** An import batch as the API shows it. */
export interface BatchView {
  id: string;
  fileName: string;
  source: ImportSource;
  pipelineId: string;
  /** A run that stopped without finishing (its server stopped) shows as failed once its heartbeat is stale. */
  status: BatchStatus;
  /** Companies the run places or finds; `processed` of them are done. */
  total: number;
  processed: number;
  counts: BatchCounts;
  rejects: LineNote<RejectCode>[];
  createdBy: { id: string; name: string };
  createdAt: Date;
  finishedAt: Date | null;
  undoneAt: Date | null;
  undoneBy: { id: string; name: string } | null;
}

export interface BatchCounts {
  created: number;
  linked: number;
  existing: number;
  skipped: number;
  contacts: number;
  notes: number;
  rejected: number;
  /** Set by undo: records unfollowed, contacts removed, and notes kept on records that existed before (the timeline is append-only). */
  unfollowed?: number | undefined;
  contactsRemoved?: number | undefined;
  notesKept?: number | undefined;
}

export const EMPTY_COUNTS: BatchCounts = { created: 0, linked: 0, existing: 0, skipped: 0, contacts: 0, notes: 0, rejected: 0 };

/**
 * The agency's batches (all, or the one with `batchId`), newest first, with
 * who ran and who undid them, each with the status it shows at the clock's
 * now: a run interrupted (domain/interrupted.ts) is failed, finished at its
 * last heartbeat.
 */
export async function readBatches(db: Executor, agencyId: string, clock: Clock, options: { batchId?: string; limit?: number } = {}): Promise<BatchView[]> {
  const now = clock();
  const rows = await db
    .selectFrom('client_import_batches as b')
    .innerJoin('users as u', (join) => join.onRef('u.agency_id', '=', 'b.agency_id').onRef('u.id', '=', 'b.created_by'))
    .leftJoin('users as v', (join) => join.onRef('v.agency_id', '=', 'b.agency_id').onRef('v.id', '=', 'b.undone_by'))
    .selectAll('b')
    .select(['u.name as creatorName', 'v.name as undoerName'])
    .where('b.agency_id', '=', agencyId)
    .$if(options.batchId !== undefined, (qb) => qb.where('b.id', '=', options.batchId!))
    .orderBy('b.created_at', 'desc')
    .orderBy('b.id', 'desc')
    .limit(options.limit ?? 100)
    .execute();
  return rows.map((row) => ({
    ...shownStatus({ status: row.status, heartbeatAt: row.heartbeat_at, finishedAt: row.finished_at }, now),
    id: row.id,
    fileName: row.file_name,
    source: row.source as ImportSource,
    pipelineId: row.pipeline_id,
    total: row.total,
    processed: row.processed,
    counts: { ...EMPTY_COUNTS, ...row.counts },
    rejects: row.rejects as LineNote<RejectCode>[],
    createdBy: { id: row.created_by, name: row.creatorName },
    createdAt: row.created_at,
    undoneAt: row.undone_at,
    undoneBy: row.undone_by ? { id: row.undone_by, name: row.undoerName ?? '' } : null,
  }));
}
