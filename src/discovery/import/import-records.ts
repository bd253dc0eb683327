import { sql } from 'kysely';
import type { z } from 'zod';
import { systemClock, type Clock } from '../../platform/clock.js';
import type { Db, Executor } from '../../platform/db/database.js';
import { refreshHiringFacts } from '../refresh-hiring-facts.js';
import { companyRow, decisionMakerRow, describeIssues, jobRow } from './import-rows.js';
import type { SourceRow } from './read-records.js';
import { toIssues, type Rejection } from './rejections.js';
import { upsertCompanies } from './upsert-companies.js';
import { upsertDecisionMakers } from './upsert-decision-makers.js';
import { upsertJobs } from './upsert-jobs.js';
import type { Batch, BatchResult, Reject } from './batch.js';

export type { Batch, BatchResult, Reject } from './batch.js';

export const IMPORT_KINDS = ['companies', 'jobs', 'decision-makers'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export const isImportKind = (value: string): value is ImportKind => (IMPORT_KINDS as readonly string[]).includes(value);

export interface ImportSummary {
  inserted: number;
  updated: number;
  /** Valid rows that changed nothing: the same data was there, or the row repeats one earlier in the file. */
  skipped: number;
  /** Refused rows with their line numbers, why in English and as codes (rejections.ts); nothing of them was written. */
  rejected: Rejection[];
}

export interface ImportProgress {
  /** Rows are read and written first; then the hiring facts of the companies whose jobs changed. */
  phase: 'rows' | 'hiring facts';
  summary: ImportSummary;
  /** During 'hiring facts': companies done and to do. */
  companies?: { done: number; total: number };
}

/** Writes one batch; `now` (the import's clock) is when clientpipe learned of what it inserts or changes. */
type Upsert<Row> = (trx: Executor, batch: Batch<Row>, reject: Reject, now: Date) => Promise<BatchResult>;

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

const BATCH = 1000;
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
  const summary: ImportSummary = { inserted: 0, updated: 0, skipped: 0, rejected: [] };
  const reject: Reject = (line, reason, issues) => summary.rejected.push({ line, reason, issues });
  const changedCompanies = new Set<string>();
  let batch: Batch<unknown> = [];

  // One batch is written while the next is read and checked, so parsing and
  // the database work side by side; writes stay one at a time, in file order.
  let writing: Promise<void> = Promise.resolve();
  const write = async (pending: Batch<unknown>) => {
    // Rejections found while writing are collected apart, so a failed transaction reports none of them.
    const lateRejects: Rejection[] = [];
    const result = await db.transaction().execute((trx) => importer.upsert(trx, pending, (line, reason, issues) => lateRejects.push({ line, reason, issues }), clock()));
    summary.rejected.push(...lateRejects);
    summary.inserted += result.inserted;
    summary.updated += result.updated;
    summary.skipped += result.skipped;
    for (const id of result.changedCompanies ?? []) changedCompanies.add(id);
    onProgress?.({ phase: 'rows', summary });
  };
  const flush = async () => {
    await writing;
    if (batch.length === 0) return;
    writing = write(batch);
    // Handled here so a failure waits for the next flush to be thrown, without an unhandled rejection meanwhile.
    writing.catch(() => undefined);
    batch = [];
  };

  for await (const source of rows) {
    if ('error' in source) {
      reject(source.line, source.error, [source.issue]);
      continue;
    }
    const parsed = importer.parse(source.record);
    if (!parsed.success) reject(source.line, describeIssues(parsed.error), toIssues(parsed.error, source.record));
    else batch.push({ line: source.line, row: parsed.data });
    if (batch.length >= BATCH) await flush();
  }
  await flush();
  await writing;

  const ids = [...changedCompanies];
  // After a large load the planner's statistics still describe the table before it, and the refresh's
  // per-company lookups would be planned as whole-table scans: refresh them first, as autovacuum would later.
  if (kind === 'jobs' && summary.inserted >= ANALYZE_AFTER_ROWS) await sql`analyze jobs`.execute(db);
  await refreshHiringFacts(db, ids, clock, (done, total) => onProgress?.({ phase: 'hiring facts', summary, companies: { done, total } }));
  summary.rejected.sort((a, b) => a.line - b.line);
  return summary;
}
