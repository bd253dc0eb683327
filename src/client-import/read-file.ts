import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { validationError } from '../platform/errors.js';
import type { ImportTable } from './domain/index.js';

/** The formats the import reads. */
export type FileFormat = 'csv' | 'xlsx';

/** The most data lines a file may hold (a CRM export of an agency's clients is far smaller). */
export const MAX_ROWS = 100_000;

/** An xlsx file is a zip archive: it starts with PK\x03\x04. */
export function formatOfContent(content: Buffer): FileFormat {
  return content.length >= 4 && content.readUInt32BE(0) === 0x504b0304 ? 'xlsx' : 'csv';
}

/**
 * Reads an uploaded export into its header and rows with their line
 * numbers: CSV in UTF-8 (with or without a BOM) or, when it is not valid
 * UTF-8, Windows-1252 (Excel's Dutch CSV), separated by `;`, `,` or tabs
 * (whichever the header uses), with quoted separators and line breaks; or
 * the first sheet of an XLSX workbook (exceljs). A file without a header
 * and a row is a VALIDATION error.
 */
export async function readImportFile(content: Buffer, format: FileFormat = formatOfContent(content)): Promise<ImportTable> {
  const grid = format === 'xlsx' ? await readXlsx(content) : readCsv(content);
  const [header, ...lines] = grid.rows;
  if (!header || header.cells.every((cell) => cell.trim() === '')) throw unreadableFile('the file has no header row');
  const headers = uniqueHeaders(header.cells);
  const rows = lines
    .filter(({ cells }) => cells.some((cell) => cell.trim() !== ''))
    .map(({ line, cells }) => ({ line, cells: Object.fromEntries(headers.map((name, i) => [name, (cells[i] ?? '').trim()])) }));
  if (rows.length === 0) throw unreadableFile('the file has a header but no rows');
  if (rows.length > MAX_ROWS) throw unreadableFile(`the file has more than ${MAX_ROWS} rows; split it`);
  return { headers, rows, unreadable: grid.unreadable };
}

function unreadableFile(message: string) {
  return validationError([{ path: 'file', message }]);
}

interface Grid {
  rows: { line: number; cells: string[] }[];
  unreadable: { line: number; reason: string }[];
}

function decode(content: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(content).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('windows-1252').decode(content);
  }
}

/** The separator the header line uses most, outside quotes. */
export function separatorOf(text: string): string {
  const counts = new Map<string, number>([[';', 0], [',', 0], ['\t', 0]]);
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && counts.has(char)) counts.set(char, counts.get(char)! + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]![1] > 0 ? [...counts].sort((a, b) => b[1] - a[1])[0]![0] : ',';
}

function readCsv(content: Buffer): Grid {
  const text = decode(content);
  const unreadable: Grid['unreadable'] = [];
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      delimiter: separatorOf(text),
      relax_column_count: true,
      skip_empty_lines: true,
      info: true,
      skip_records_with_error: true,
      on_skip: (error) => {
        if (error) unreadable.push({ line: Number(error.lines ?? 0), reason: error.message.replace(/^Invalid Record Length: |^[^:]*: /, '').slice(0, 200) });
        return undefined;
      },
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (error) {
    throw unreadableFile(`the file is not a CSV file: ${error instanceof Error ? error.message.slice(0, 200) : 'unreadable'}`);
  }
  return { rows: records.map(({ record, info }) => ({ line: info.lines, cells: record })), unreadable };
}

async function readXlsx(content: Buffer): Promise<Grid> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(content as unknown as ArrayBuffer);
  } catch {
    throw unreadableFile('the file is not an XLSX workbook');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw unreadableFile('the workbook has no sheet');
  const rows: Grid['rows'] = [];
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => (cells[column - 1] = textOf(cell.value)));
    rows.push({ line, cells: Array.from(cells, (cell) => cell ?? '') });
  });
  return { rows, unreadable: [] };
}

/** A cell's value as the text the CSV of it would hold: a date as YYYY-MM-DD, a link or rich text by its text, a formula by its result. */
function textOf(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value !== 'object') return String(value);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('hyperlink' in value) return typeof value.text === 'string' ? value.text : textOf(value.text as ExcelJS.CellValue);
  if ('result' in value) return textOf(value.result as ExcelJS.CellValue);
  if ('error' in value) return '';
  return '';
}

/** Header names made unique (`Naam`, `Naam (2)`) and never blank (`Column 3`). */
function uniqueHeaders(cells: string[]): string[] {
  const seen = new Map<string, number>();
  return cells.map((cell, i) => {
    const base = cell.trim().replace(/^\uFEFF/, '') || `Column ${i + 1}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base} (${count})`;
  });
}
