import { sql } from 'kysely';
import type { z } from 'zod';
import { systemClock, type Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/database.js';
import { chunkSize, hasOneConnection } from '../../platform/db/one-connection.js';
import { refreshHiringFacts } from '../refresh-hiring-facts.js';
import { companyRow, decisionMakerRow, describeIssues, jobRow } from './import-rows.js';
import type { SourceRow } from './read-records.js';
import { toIssues, type Rejection, type RejectionCode } from './rejections.js';
import { upsertCompanies } from './upsert-companies.js';
import { upsertDecisionMakers } from './upsert-decision-makers.js';
import { upsertJobs } from './upsert-jobs.js';
import { retryLostRaces, writeBatch, type Upsert } from './write-batch.js';
import type { Batch, Reject } from './batch.js';

export type { Batch, BatchResult, Reject } from './batch.js';

export const IMPORT_KINDS = ['companies', 'jobs', 'decision-makers'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export const isImportKind = (value: string): value is ImportKind => (IMPORT_KINDS as readonly string[]).includes(value);

export interface ImportCounts {
  inserted: number;
  updated: number;
  /** Valid rows that changed nothing: the same data was there, or the row repeats one earlier in the file. */
  skipped: number;
  /** Refused rows; nothing of them was written. */
  rejected: number;
}

/** How many refused rows an import keeps to show, whatever the file holds: a file of bad rows must not fill the memory. */
export const REJECTED_ROWS_KEPT = 100;

export interface ImportSummary extends ImportCounts {
  /** The first refused rows by line (at most REJECTED_ROWS_KEPT), why in English and as codes (rejections.ts). */
  rejectedRows: Rejection[];
  /** Refused rows per code over the whole file; a row with two codes counts under each. */
  rejectedByCode: Partial<Record<RejectionCode, number>>;
}

export interface ImportProgress {
  /** Rows are read and written first; then the hiring facts of the companies whose jobs changed. */
  phase: 'rows' | 'hiring facts';
  summary: ImportSummary;
  /** During 'hiring facts': companies done and to do. */
  companies?: { done: number; total: number };
}

interface Importer {
  parse(record: Record<string, unknown>): z.ZodSafeParseResult<unknown>;
  upsert: Upsert<unknown>;
  /** What names a row's record, when rows of different records may be written side by side (see LANES). */
  key?: (row: unknown) => string;
}

function importer<Row>(schema: z.ZodType<Row>, upsert: Upsert<Row>, key?: (row: Row) => string): Importer {
  // A batch only ever holds rows this schema produced.
  return {
    parse: (record) => schema.safeParse(record),
    upsert: (trx, batch, reject, now) => upsert(trx, batch as Batch<Row>, reject, now),
    ...(key ? { key: (row: unknown) => key(row as Row) } : {}),
  };
}

const importers: Record<ImportKind, Importer> = {
  companies: importer(companyRow, upsertCompanies),
  // A job is named by one key, so two jobs with different keys are different rows wherever the file lists them.
  jobs: importer(jobRow, upsertJobs, (row) => `${row.source}\u0000${row.external_id}`),
  'decision-makers': importer(decisionMakerRow, upsertDecisionMakers),
};

/**
 * Rows per batch (one transaction): on PGlite a batch holds every request
 * while it is written, so it stays short; on PostgreSQL each batch costs a
 * commit and five round trips, and larger ones kept the jobs phase of
 * bench/import nearer COPY.
 */
const BATCH = { oneConnection: 1000, pooled: 5000 };
/** Batches read and checked ahead of the one being written, per lane. */
const READ_AHEAD = 3;
/**
 * Lanes of batches written side by side on PostgreSQL, each on its own
 * pooled connection, when every row names one record by a key (jobs): a
 * row goes to the lane of its key, so the rows of one record are still
 * written in file order and the last one wins. One writer left a core idle
 * while the server wrote (bench/import). Companies and decision makers are
 * matched by either of two keys, so they keep one lane, as PGlite does.
 */
const LANES = 2;
/** Inserted jobs after which the import updates the planner's statistics before refreshing hiring facts. */
const ANALYZE_AFTER_ROWS = 10_000;

/**
 * Imports shared company data (SPEC R5.6): validates every row, merges
 * duplicates on normalised linkedin_url / website (companies), (source,
 * external_id) (jobs) or name per company (decision makers), and writes in
 * batches, each in one set-based transaction, so a row is written whole or
 * not at all. Running the same file again changes nothing. When jobs
 * changed, their companies' hotness, open jobs, skills and no-agencies flag
 * are recomputed once at the end (not per batch: a file lists a company's
 * jobs anywhere, and each company is read once).
 */
export async function importRecords(
  db: Db,
  kind: ImportKind,
  rows: AsyncIterable<SourceRow>,
  onProgress?: (progress: ImportProgress) => void,
  clock: Clock = systemClock,
): Promise<ImportSummary> {
  const importer = importers[kind];
  const summary: ImportSummary = { inserted: 0, updated: 0, skipped: 0, rejected: 0, rejectedRows: [], rejectedByCode: {} };
  const reject: Reject = (line, reason, issues) => {
    summary.rejected++;
    for (const code of new Set(issues.map((issue) => issue.code))) summary.rejectedByCode[code] = (summary.rejectedByCode[code] ?? 0) + 1;
    summary.rejectedRows.push({ line, reason, issues });
    // Rows arrive nearly in line order (those refused while writing, a batch late): keep the lowest lines, in bounded room.
    if (summary.rejectedRows.length >= 2 * REJECTED_ROWS_KEPT) keepFirstLines(summary);
  };
  const changedCompanies = new Set<string>();
  const batchSize = chunkSize(db, BATCH);
  const lanes = Array.from({ length: importer.key && !hasOneConnection(db) ? LANES : 1 }, () => ({
    batch: [] as Batch<unknown>,
    writing: Promise.resolve(),
  }));

  // Each lane writes its batches one at a time, in file order, while the
  // next ones are read and checked: up to READ_AHEAD of them wait per lane,
  // so parsing and the database work side by side and one slow batch does
  // not stall the reading. Once a write failed no later batch starts.
  let failed = false;
  const waiting: Promise<void>[] = [];
  const write = async (pending: Batch<unknown>) => {
    if (failed) return;
    let result;
    try {
      result = await writeBatch(db, importer.upsert, pending, clock());
    } catch (error) {
      failed = true;
      throw error;
    }
    for (const { line, reason, issues } of result.rejected) reject(line, reason, issues);
    summary.inserted += result.inserted;
    summary.updated += result.updated;
    summary.skipped += result.skipped;
    for (const id of result.changedCompanies ?? []) changedCompanies.add(id);
    onProgress?.({ phase: 'rows', summary });
  };
  const flush = async (lane: (typeof lanes)[number]) => {
    if (lane.batch.length > 0) {
      const pending = lane.batch;
      lane.writing = lane.writing.then(() => write(pending));
      // Handled here so a failure waits to be thrown, without an unhandled rejection meanwhile.
      lane.writing.catch(() => undefined);
      waiting.push(lane.writing);
      lane.batch = [];
    }
    while (waiting.length > READ_AHEAD * lanes.length) await waiting.shift();
  };
  const settled = () => Promise.all(lanes.map((lane) => lane.writing.catch(() => undefined)));

  try {
    for await (const source of rows) {
      if ('error' in source) {
        reject(source.line, source.error, [source.issue]);
        continue;
      }
      const parsed = importer.parse(source.record);
      if (!parsed.success) {
        reject(source.line, describeIssues(parsed.error), toIssues(parsed.error, source.record));
        continue;
      }
      const lane = lanes[lanes.length === 1 ? 0 : laneOf(importer.key!(parsed.data), lanes.length)]!;
      lane.batch.push({ line: source.line, row: parsed.data });
      if (lane.batch.length >= batchSize) await flush(lane);
    }
    for (const lane of lanes) await flush(lane);
    await Promise.all(lanes.map((lane) => lane.writing));
  } catch (error) {
    // The file or a write failed: the batches being written end first, so no progress follows the failure.
    failed = true;
    await settled();
    throw error;
  }

  // Sorted, so two imports refreshing the same companies lock them in one order.
  const ids = [...changedCompanies].sort();
  // After a large load the planner's statistics still describe the table before it, and the refresh's
  // per-company lookups would be planned as whole-table scans: refresh them first, as autovacuum would later.
  if (kind === 'jobs' && summary.inserted >= ANALYZE_AFTER_ROWS) await sql`analyze jobs`.execute(db);
  // Idempotent, so a refresh that deadlocked with another import's simply runs again.
  await retryLostRaces(() => refreshHiringFacts(db, ids, clock, (done, total) => onProgress?.({ phase: 'hiring facts', summary, companies: { done, total } })));
  keepFirstLines(summary);
  return summary;
}

/** A lane for a key: a string hash (FNV-1a), the same lane for the same key in every batch. */
function laneOf(key: string, lanes: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % lanes;
}

function keepFirstLines(summary: ImportSummary): void {
  summary.rejectedRows.sort((a, b) => a.line - b.line);
  summary.rejectedRows.length = Math.min(summary.rejectedRows.length, REJECTED_ROWS_KEPT);
}
