import type { Readable } from 'node:stream';
import { createInterface } from 'node:readline';
import { parse } from 'csv-parse';
import type { RejectionIssue } from './rejections.js';

export type ImportFormat = 'csv' | 'jsonl';

/** One row of an import file: its record, or why it could not be read (in English and as a code). */
export type SourceRow = { line: number; record: Record<string, unknown> } | { line: number; error: string; issue: RejectionIssue };

/** The format a file name implies, or undefined. */
export function formatOf(path: string): ImportFormat | undefined {
  if (/\.csv$/i.test(path)) return 'csv';
  if (/\.(jsonl|ndjson)$/i.test(path)) return 'jsonl';
  return undefined;
}

/**
 * Streams the rows of a CSV (header row, comma separated, UTF-8) or JSON
 * Lines file (or upload) with their line numbers, without loading it whole.
 * `onBytes` reports how many bytes have been read so far.
 */
export async function* readRecords(file: Readable, format: ImportFormat, onBytes?: (bytes: number) => void): AsyncGenerator<SourceRow> {
  // Counted from here, as reading starts: a listener added earlier would let the stream flow before anyone reads it.
  let bytes = 0;
  if (onBytes) file.on('data', (chunk: Buffer) => onBytes((bytes += chunk.length)));
  if (format === 'jsonl') {
    let line = 0;
    for await (const text of createInterface({ input: file, crlfDelay: Infinity })) {
      line++;
      if (!text.trim()) continue;
      try {
        const record: unknown = JSON.parse(text);
        if (record && typeof record === 'object' && !Array.isArray(record)) yield { line, record: record as Record<string, unknown> };
        else yield { line, error: 'is not a JSON object', issue: { code: 'not_an_object' } };
      } catch {
        yield { line, error: 'is not valid JSON', issue: { code: 'invalid_json' } };
      }
    }
    return;
  }
  const skipped: SourceRow[] = [];
  const parser = file.pipe(
    parse({ columns: true, bom: true, trim: true, skip_empty_lines: true, info: true, skip_records_with_error: true }),
  );
  let lastSkipped = -1;
  parser.on('skip', (error: CsvError) => {
    // csv-parse may report one broken line twice (an opening quote in two places); the row is refused once.
    if (error.lines !== undefined && error.lines === lastSkipped) return;
    lastSkipped = error.lines ?? -1;
    skipped.push({ line: error.lines ?? 0, error: error.message, issue: csvIssue(error) });
  });
  for await (const { record, info } of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
    yield* skipped.splice(0);
    yield { line: info.lines, record };
  }
  yield* skipped.splice(0);
}

/** What csv-parse reports with a line it skips. */
type CsvError = Error & { code?: string; lines?: number; columns?: unknown[]; record?: unknown[] };

function csvIssue(error: CsvError): RejectionIssue {
  if (error.code === 'CSV_RECORD_INCONSISTENT_COLUMNS' && error.columns && error.record) {
    return { code: 'wrong_column_count', params: { expected: error.columns.length, actual: error.record.length } };
  }
  return { code: 'malformed_csv' };
}
