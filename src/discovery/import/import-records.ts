import { sql } from 'kysely';
import type { z } from 'zod';
import { systemClock, type Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/database.js';
import { chunkSize } from '../../platform/db/one-connection.js';
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
}

function importer<Row>(schema: z.ZodType<Row>, upsert: Upsert<Row>): Importer {
  // A batch only ever holds rows this schema produced.
  return { parse: (record) => schema.safeParse(record), upsert: (trx, batch, reject, now) => upsert(trx, batch as Batch<Row>, reject, now) };
}

const importers: Record<ImportKind, Importer> = {
  companies: importer(companyRow, upsertCompanies),
  jobs: importer(jobRow, upsertJobs),
  'decision-makers': importer(decisionMakerRow, upsertDecisionMakers),
};

/**
 * Rows per batch (one transaction): on PGlite a batch holds every request
 * while it is written, so it stays short; on PostgreSQL each batch costs a
 * commit and five round trips, and larger ones kept the jobs phase of
 * bench/import nearer COPY.
 */
const BATCH = { oneConnection: 1000, pooled: 5000 };
/** Batches read and checked ahead of the one being written. */
const READ_AHEAD = 3;
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
  let batch: Batch<unknown> = [];

  // Batches are written one at a time, in file order, while the next ones
  // are read and checked: up to READ_AHEAD of them wait, so parsing and the
  // database work side by side and one slow batch does not stall the reading.
  let writing: Promise<void> = Promise.resolve();
  const waiting: Promise<void>[] = [];
  const write = async (pending: Batch<unknown>) => {
    const result = await writeBatch(db, importer.upsert, pending, clock());
    for (const { line, reason, issues } of result.rejected) reject(line, reason, issues);
    summary.inserted += result.inserted;
    summary.updated += result.updated;
    summary.skipped += result.skipped;
    for (const id of result.changedCompanies ?? []) changedCompanies.add(id);
    onProgress?.({ phase: 'rows', summary });
  };
  const flush = async () => {
    if (batch.length > 0) {
      const pending = batch;
      // After a failed write the later ones never start; the failure is thrown by the wait below.
      writing = writing.then(() => write(pending));
      // Handled here so a failure waits to be thrown, without an unhandled rejection meanwhile.
      writing.catch(() => undefined);
      waiting.push(writing);
      batch = [];
    }
    while (waiting.length > READ_AHEAD) await waiting.shift();
  };

  try {
    for await (const source of rows) {
      if ('error' in source) {
        reject(source.line, source.error, [source.issue]);
        continue;
      }
      const parsed = importer.parse(source.record);
      if (!parsed.success) reject(source.line, describeIssues(parsed.error), toIssues(parsed.error, source.record));
      else batch.push({ line: source.line, row: parsed.data });
      if (batch.length >= batchSize) await flush();
    }
  } catch (error) {
    // The file failed (an upload over its limit): the batch being written ends first, so no progress follows the failure.
    await writing.catch(() => undefined);
    throw error;
  }
  await flush();
  await writing;

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

function keepFirstLines(summary: ImportSummary): void {
  summary.rejectedRows.sort((a, b) => a.line - b.line);
  summary.rejectedRows.length = Math.min(summary.rejectedRows.length, REJECTED_ROWS_KEPT);
}
