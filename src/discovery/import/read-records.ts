import { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { parse } from 'csv-parse';
import { CsvReader } from './read-csv.js';
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

/** The longest JSON Lines line read, in characters: a row is far smaller, and a longer line is refused unread. */
export const MAX_LINE_CHARACTERS = 1_000_000;

/**
 * Streams the rows of a CSV (header row, comma separated, UTF-8) or JSON
 * Lines file (or upload) with their line numbers, without loading it whole.
 * `onBytes` reports how many bytes have been read so far. An error of the
 * file (such as an upload over its limit) ends the reading with that error.
 */
export async function* readRecords(file: Readable, format: ImportFormat, onBytes?: (bytes: number) => void): AsyncGenerator<SourceRow> {
  if (format === 'jsonl') {
    let line = 0;
    for await (const text of readLines(file, onBytes)) {
      line++;
      if (text === TOO_LONG) {
        yield { line, error: `is longer than ${MAX_LINE_CHARACTERS} characters`, issue: { code: 'line_too_long', params: { max: MAX_LINE_CHARACTERS } } };
        continue;
      }
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
  yield* readCsv(file, onBytes);
}

/**
 * The records of a CSV file: read by the fast reader (read-csv.ts) while
 * the file is well-formed, by csv-parse from the first record it is not.
 */
async function* readCsv(file: Readable, onBytes?: (bytes: number) => void): AsyncGenerator<SourceRow> {
  const chunks = (file as AsyncIterable<Buffer>)[Symbol.asyncIterator]();
  const decoder = new StringDecoder('utf8');
  const reader = new CsvReader();
  let bytes = 0;
  try {
    for (let first = true; ; first = false) {
      const next = await chunks.next();
      if (next.done) {
        yield* reader.push(decoder.end(), true);
        if (reader.fallback) yield* parseCsv(Readable.from([reader.fallback.text]));
        return;
      }
      onBytes?.((bytes += next.value.length));
      if (first && next.value[0] === 0xff && next.value[1] === 0xfe) {
        // UTF-16 (by its byte order mark), which csv-parse reads by itself.
        yield* parseCsv(Readable.from(withRest(next.value, chunks, (chunk) => onBytes?.((bytes += chunk.length))), { objectMode: false }));
        return;
      }
      yield* reader.push(decoder.write(next.value), false);
      if (reader.fallback) {
        const text = reader.fallback.text;
        const rest = async function* () {
          yield text;
          for await (const chunk of { [Symbol.asyncIterator]: () => chunks }) {
            onBytes?.((bytes += chunk.length));
            yield decoder.write(chunk);
          }
          yield decoder.end();
        };
        yield* parseCsv(Readable.from(rest(), { objectMode: false }));
        return;
      }
    }
  } finally {
    await chunks.return?.();
  }
}

async function* withRest(first: Buffer, chunks: AsyncIterator<Buffer>, onChunk: (chunk: Buffer) => void): AsyncGenerator<Buffer> {
  yield first;
  for await (const chunk of { [Symbol.asyncIterator]: () => chunks }) {
    onChunk(chunk);
    yield chunk;
  }
}

/** csv-parse on the (rest of the) file, with the options the fast reader matches (and read-csv.test.ts's reference). */
export async function* parseCsv(file: Readable): AsyncGenerator<SourceRow> {
  const skipped: SourceRow[] = [];
  const parser = file.pipe(
    parse({ columns: true, bom: true, trim: true, skip_empty_lines: true, info: true, skip_records_with_error: true }),
  );
  // pipe() does not pass the file's error on; the parser ends with it, so the loop below throws it.
  file.once('error', (error) => parser.destroy(error));
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

const TOO_LONG = Symbol('line too long');

/**
 * The lines of a UTF-8 stream (LF or CRLF), as readline gives them, but a
 * line over MAX_LINE_CHARACTERS is dropped as it comes (TOO_LONG in its
 * place) instead of being held whole, and an error of the stream is thrown.
 */
async function* readLines(file: Readable, onBytes?: (bytes: number) => void): AsyncGenerator<string | typeof TOO_LONG> {
  const decoder = new StringDecoder('utf8');
  let bytes = 0;
  let pending = '';
  let tooLong = false;
  const lineOf = (text: string) => (tooLong || text.length > MAX_LINE_CHARACTERS ? TOO_LONG : text.endsWith('\r') ? text.slice(0, -1) : text);
  for await (const chunk of file as AsyncIterable<Buffer>) {
    onBytes?.((bytes += chunk.length));
    const parts = (pending + decoder.write(chunk)).split('\n');
    pending = parts.pop()!;
    for (const part of parts) {
      yield lineOf(part);
      tooLong = false;
    }
    if (pending.length > MAX_LINE_CHARACTERS) {
      tooLong = true;
      pending = '';
    }
  }
  const rest = pending + decoder.end();
  if (rest !== '' || tooLong) yield lineOf(rest);
}

/** What csv-parse reports with a line it skips. */
type CsvError = Error & { code?: string; lines?: number; columns?: unknown[]; record?: unknown[] };

function csvIssue(error: CsvError): RejectionIssue {
  if (error.code === 'CSV_RECORD_INCONSISTENT_COLUMNS' && error.columns && error.record) {
    return { code: 'wrong_column_count', params: { expected: error.columns.length, actual: error.record.length } };
  }
  return { code: 'malformed_csv' };
}
