/*
 * A fast reader for the CSV files imports get (header row, comma
 * separated, UTF-8), giving exactly what csv-parse gives with the options
 * read-records.ts uses (columns from the header, BOM skipped, fields
 * trimmed, empty lines skipped, each record's line number as csv-parse
 * counts it). csv-parse reads about 25 MB/s, and a million jobs are 700 MB:
 * it took longer than PostgreSQL's COPY of the same rows (bench/import).
 *
 * This reader only knows well-formed records: fields unquoted, or quoted
 * with "" for a quote, each record as many fields as the header. At
 * anything else (a stray quote, a record of the wrong length, a line break
 * that is not the file's, an unclosed quote) it stops and says where, and
 * csv-parse reads the rest (`fallback`), starting at that record as if it
 * had read the file from the beginning: the same records, refusals,
 * messages and line numbers. read-csv.test.ts holds the two to the same
 * output on generated files.
 */

/** A record as csv-parse gives it with `columns: true`, and its line. */
export interface CsvRecord {
  line: number;
  record: Record<string, string>;
}

/** What the fast reader could not read: csv-parse reads `text` and the rest of the file. */
export interface CsvFallback {
  /** The file as csv-parse must see it from here: the header, empty lines up to the record's line, the record on. */
  text: string;
}

/** A pending record larger than this is left to csv-parse, which reads it in one pass (here each chunk rescans it). */
const MAX_PENDING = 1 << 20;

const BOM = '\ufeff';
/** What csv-parse's `trim` skips before a field (line breaks are the record delimiter's here). */
const isLeadingSpace = (code: number) => code === 0x20 || code === 0x09 || code === 0x0c;
// An unquoted field ends at a comma or a line break; a quote in it is something only csv-parse knows what to do with.
const FIELD_END = /[,"\r\n]/g;

export class CsvReader {
  #text = '';
  #header: string[] | undefined;
  /** The file up to the first record (empty lines, the header), as csv-parse must read it before any record. */
  #headerText = '';
  /** The line the first record may start on. */
  #headerLines = 0;
  /** The line break between records, as csv-parse decides from the first: '\n' or '\r\n'. */
  #newline = '';
  /** The line the next record starts on, counted as csv-parse counts. */
  #line = 1;
  #start = true;
  fallback: CsvFallback | undefined;

  /**
   * Reads the records `text` (the next part of the file) completes; at the
   * end of the file `done` is true. Once `fallback` is set, it reads nothing
   * more: what it held and all later text belong to csv-parse.
   */
  push(text: string, done: boolean): CsvRecord[] {
    if (this.fallback) throw new Error('the CSV reader has handed over to csv-parse');
    let all = this.#text + text;
    if (this.#start) {
      // Too short to tell a byte order mark yet.
      if (all.length === 0 && !done) return [];
      this.#start = false;
      if (all.startsWith(BOM)) all = all.slice(1);
    }
    const records: CsvRecord[] = [];
    let pos = 0;
    while (pos < all.length) {
      const read = this.#record(all, pos, done);
      if (read === 'more') break;
      if (read === 'other') {
        this.#handOver(all.slice(pos));
        return records;
      }
      if (!this.#header) this.#headerText += all.slice(pos, read.end);
      pos = read.end;
      this.#line = read.nextLine;
      if (read.fields === undefined) continue;
      if (!this.#header) {
        this.#header = read.fields;
        this.#headerLines = this.#line;
        continue;
      }
      const record: Record<string, string> = {};
      for (let i = 0; i < read.fields.length; i++) record[this.#header[i]!] = read.fields[i]!;
      records.push({ line: read.line, record });
    }
    this.#text = all.slice(pos);
    if (this.#text.length > MAX_PENDING) this.#handOver(this.#text);
    return records;
  }

  #handOver(rest: string): void {
    // Before the header, csv-parse reads the file from its start; after it, empty lines bring it to this record's line.
    this.fallback = { text: this.#headerText + (this.#header ? this.#newline.repeat(this.#line - this.#headerLines) : '') + rest };
    this.#text = '';
  }

  /**
   * The record from `pos`: its fields (undefined for an empty line), its
   * line, where the next one starts and on which line; 'more' when the text
   * ends inside it and more is to come, 'other' when it is not a
   * well-formed record.
   */
  #record(s: string, pos: number, done: boolean): { fields: string[] | undefined; line: number; end: number; nextLine: number } | 'more' | 'other' {
    const fields: string[] = [];
    let line = this.#line;
    let i = pos;
    let empty = true;
    for (;;) {
      let start = i;
      while (start < s.length && isLeadingSpace(s.charCodeAt(start))) start++;
      let value: string;
      let next: number;
      if (s.charCodeAt(start) === 0x22) {
        empty = false;
        // Quoted: up to the quote that is not doubled.
        let from = start + 1;
        value = '';
        for (;;) {
          const quote = s.indexOf('"', from);
          if (quote === -1) return done ? 'other' : 'more';
          if (quote + 1 >= s.length && !done) return 'more';
          if (s.charCodeAt(quote + 1) === 0x22) {
            value += s.slice(from, quote + 1);
            from = quote + 2;
            continue;
          }
          value += s.slice(from, quote);
          line += countLineBreaks(s, start, quote);
          next = quote + 1;
          break;
        }
        while (next < s.length && isLeadingSpace(s.charCodeAt(next))) next++;
        if (next < s.length && !',\r\n'.includes(s[next]!)) return 'other';
      } else {
        FIELD_END.lastIndex = start;
        const end = FIELD_END.exec(s);
        next = end ? end.index : s.length;
        if (end?.[0] === '"') return 'other';
        if (next > start) empty = false;
        value = s.slice(start, next).trimEnd();
      }
      fields.push(value);
      if (next >= s.length) {
        if (!done) return 'more';
        return this.#check(fields, empty, line, s.length, line);
      }
      const code = s.charCodeAt(next);
      if (code === 0x2c) {
        empty = false;
        i = next + 1;
        continue;
      }
      // A line break: the first one decides the file's, as csv-parse decides.
      let newline: string;
      if (code === 0x0a) newline = '\n';
      else if (next + 1 >= s.length && !done) return 'more';
      else if (s.charCodeAt(next + 1) === 0x0a) newline = '\r\n';
      else return 'other';
      if (this.#newline && newline !== this.#newline) return 'other';
      this.#newline = newline;
      return this.#check(fields, empty, line, next + newline.length, line + 1);
    }
  }

  #check(fields: string[], empty: boolean, line: number, end: number, nextLine: number) {
    // A line of nothing but spaces is an empty line to csv-parse, skipped; the header says how many fields a record has.
    if (empty) return { fields: undefined, line, end, nextLine };
    if (this.#header && fields.length !== this.#header.length) return 'other';
    return { fields, line, end, nextLine };
  }
}

/** Line breaks as csv-parse counts them inside quotes: every CR and every LF is a line. */
function countLineBreaks(s: string, from: number, to: number): number {
  let count = 0;
  for (let i = s.indexOf('\n', from); i !== -1 && i < to; i = s.indexOf('\n', i + 1)) count++;
  for (let i = s.indexOf('\r', from); i !== -1 && i < to; i = s.indexOf('\r', i + 1)) count++;
  return count;
}
