import { sql, type RawBuilder } from 'kysely';
import type { Executor } from './database.js';

/** A connection that can COPY rows in: both dialects' (postgres-dialect.ts, pglite-dialect.ts). */
export interface CopyConnection {
  /** Copies CSV rows into `target` ("table (column, …)"), in the connection's transaction if one is open. */
  copyCsv(target: string, csv: Buffer): Promise<void>;
}

const canCopy = (connection: object): connection is CopyConnection => typeof (connection as Partial<CopyConnection>).copyCsv === 'function';

/**
 * Copies rows, as CSV (csv.ts), into `target` — "table (column, …)",
 * trusted text from this codebase — with COPY: from the client on
 * PostgreSQL (COPY … FROM STDIN), from memory on PGlite (FROM '/dev/blob').
 * Far cheaper for the server than any parameter format it must parse into
 * rows (bench/import). Runs on the executor's connection, so inside its
 * transaction when it is one.
 */
export async function copyCsv(executor: Executor, target: string, csv: Buffer): Promise<void> {
  // Kysely's executor hands out the connection it runs on (getExecutor is marked internal; one-connection.ts reads its adapter too).
  await executor.getExecutor().provideConnection(async (connection) => {
    if (!canCopy(connection)) throw new Error('this database connection cannot COPY');
    await connection.copyCsv(target, csv);
  });
}

/**
 * Rows as CSV for COPY, the values of `columns` in that order, one line
 * each: NULL as an empty field, text always quoted (so '' stays ''), arrays
 * as array literals. Written straight into UTF-8 bytes: building the text
 * as strings first cost more than JSON.stringify of the same rows.
 */
export function toCsv(rows: readonly Record<string, unknown>[], columns: readonly string[]): Buffer {
  const out = new CsvBytes();
  for (const row of rows) {
    for (let c = 0; c < columns.length; c++) {
      if (c > 0) out.byte(COMMA);
      out.field(row[columns[c]!]);
    }
    out.byte(NEWLINE);
  }
  return out.bytes();
}

const COMMA = 0x2c;
const NEWLINE = 0x0a;
const QUOTE = 0x22;

class CsvBytes {
  #buffer = Buffer.allocUnsafe(1 << 20);
  #length = 0;

  bytes(): Buffer {
    return this.#buffer.subarray(0, this.#length);
  }

  byte(value: number): void {
    this.#room(1);
    this.#buffer[this.#length++] = value;
  }

  field(value: unknown): void {
    if (value === null || value === undefined) return;
    if (typeof value === 'string') return this.#quoted(value);
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) throw new Error(`${value} cannot be copied`);
      return this.#plain(String(value));
    }
    if (typeof value === 'boolean') return this.byte(value ? 0x74 : 0x66);
    if (value instanceof Date) return this.#plain(value.toISOString());
    if (Array.isArray(value)) return this.#quoted(`{${value.map(arrayItem).join(',')}}`);
    throw new Error(`a ${typeof value} cannot be copied`);
  }

  #quoted(text: string): void {
    const escaped = text.includes('"') ? text.replaceAll('"', '""') : text;
    // UTF-8 takes at most three bytes per UTF-16 unit.
    this.#room(escaped.length * 3 + 2);
    this.#buffer[this.#length++] = QUOTE;
    this.#length += this.#buffer.write(escaped, this.#length, 'utf8');
    this.#buffer[this.#length++] = QUOTE;
  }

  #plain(text: string): void {
    this.#room(text.length);
    this.#length += this.#buffer.write(text, this.#length, 'latin1');
  }

  #room(bytes: number): void {
    if (this.#length + bytes <= this.#buffer.length) return;
    const bigger = Buffer.allocUnsafe(Math.max(2 * this.#buffer.length, this.#length + bytes));
    this.#buffer.copy(bigger, 0, 0, this.#length);
    this.#buffer = bigger;
  }
}

/** An item of an array literal: text in double quotes with " and \ escaped. */
function arrayItem(item: unknown): string {
  if (typeof item === 'string') return `"${item.replace(/["\\]/g, '\\$&')}"`;
  if (item === null || item === undefined) return 'NULL';
  if (typeof item === 'number' && Number.isFinite(item)) return String(item);
  if (typeof item === 'boolean') return item ? 't' : 'f';
  throw new Error(`a ${typeof item} in an array cannot be copied`);
}

/**
 * Rows as a table to select from, like json-rows.ts's `jsonRows` but
 * copied into a temporary table `name` of `columns` ("name type, …",
 * trusted text) first: `from ${await stagedRows(…)}` reads them as `r`.
 * The table is the connection's, made the first time and emptied at each
 * commit, so it holds a transaction's rows only and costs nothing between:
 * use a name once per transaction.
 */
export async function stagedRows(executor: Executor, name: string, columns: string, rows: readonly Record<string, unknown>[]): Promise<RawBuilder<unknown>> {
  const names = columns.split(',').map((column) => column.trim().split(/\s+/)[0]!);
  await sql`create temp table if not exists ${sql.raw(name)} (${sql.raw(columns)}) on commit delete rows`.execute(executor);
  await copyCsv(executor, `${name} (${names.join(', ')})`, toCsv(rows, names));
  return sql`${sql.raw(name)} as r`;
}
