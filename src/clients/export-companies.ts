import { PassThrough, Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { z } from 'zod';
import type { Actor } from '../identity/domain/index.js';
import type { Db } from '../platform/db/database.js';
import { authorize } from '../identity/index.js';
import { systemClock, type Clock } from '../platform/clock.js';
import { parseInput, plainString } from '../platform/input/input.js';
import { companyFilterFields, list } from './company-filter.js';
import { companySortFields } from './company-sort.js';
import { walkListRows } from './company-list-rows.js';
import { DEFAULT_COLUMNS, isColumnKey, resolveColumns, type CellKind, type CellValue, type Language } from './company-columns.js';
import { listLanguage } from './list-companies.js';

const columnList = list(plainString().refine(isColumnKey, { error: 'must be a column key' }), 60);

export const exportCompaniesInput = z
  .object({
    ...companyFilterFields,
    ...companySortFields,
    format: z.enum(['csv', 'xlsx'], { error: 'must be csv or xlsx' }).default('csv'),
    /** The columns, in order (comma-separated): the list's column keys, `field.<key>` for a pipeline field. */
    columns: columnList.optional(),
    /** The language of the headers, names and yes/no; the route takes it from Accept-Language when left out. */
    language: listLanguage.default('en'),
  })
  .strict();

export interface CompanyExport {
  filename: string;
  contentType: string;
  body: Readable;
}

/**
 * The companies page's list as a file: the same filter, sort and records
 * as the list (a keyset walk over every match, nothing capped), with the
 * columns shown and headers in the caller's language. CSV is written row
 * by row as the walk reads; XLSX through exceljs's streaming writer.
 */
export async function exportCompanies(db: Db, actor: Actor, input: z.input<typeof exportCompaniesInput>, clock: Clock = systemClock): Promise<CompanyExport> {
  authorize(actor, 'companies:view');
  authorize(actor, 'exports:run');
  const { format, columns: keys, sort, direction, language, ...filter } = parseInput(exportCompaniesInput, input);
  const now = clock();
  const columns = await resolveColumns(db, actor.agencyId, keys ?? DEFAULT_COLUMNS, language);
  const rows = walkListRows(db, actor, { filter, order: { sort, direction, language } }, now);
  const filename = `${language === 'nl' ? 'bedrijven' : 'companies'}-${now.toISOString().slice(0, 10)}.${format}`;
  return { filename, ...spreadsheet(format, columns, rows, language, language === 'nl' ? 'Bedrijven' : 'Companies') };
}

/** A column of an exported sheet: its header, kind and how a row gives its cell. */
export interface SheetColumn<T> {
  key: string;
  header: string;
  kind: CellKind;
  value: (row: T) => CellValue;
}

/**
 * Rows as a CSV or XLSX file body, written as they are read: the one
 * writer of every list export (companies, leads, opportunities).
 */
export function spreadsheet<T>(format: 'csv' | 'xlsx', columns: readonly SheetColumn<T>[], rows: AsyncIterable<T>, language: Language, sheetName: string): { contentType: string; body: Readable } {
  if (format === 'csv') return { contentType: 'text/csv; charset=utf-8', body: Readable.from(csvLines(columns, rows, language)) };
  return { contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', body: xlsxStream(columns, rows, language, sheetName) };
}

/** Dutch spreadsheets split CSV on semicolons, English ones on commas. */
export function csvSeparator(language: Language): string {
  return language === 'nl' ? ';' : ',';
}

async function* csvLines<T>(columns: readonly SheetColumn<T>[], rows: AsyncIterable<T>, language: Language): AsyncGenerator<string> {
  const separator = csvSeparator(language);
  // A byte-order mark, so spreadsheets read the file as UTF-8 (Dutch names keep their accents).
  yield `\uFEFF${columns.map((column) => csvField(column.header, separator)).join(separator)}\r\n`;
  for await (const row of rows) {
    yield `${columns.map((column) => csvField(csvText(column.kind, column.value(row), language), separator)).join(separator)}\r\n`;
  }
}

const YES_NO = { nl: ['ja', 'nee'], en: ['yes', 'no'] } as const;

/** A cell as CSV text: dates as ISO 8601, numbers as plain decimals, yes/no in the language. */
export function csvText(kind: CellKind, value: CellValue, language: Language): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return YES_NO[language][value ? 0 : 1];
  if (value instanceof Date) return kind === 'date' ? value.toISOString().slice(0, 10) : value.toISOString();
  if (typeof value === 'number') return String(value);
  // Text a spreadsheet would run as a formula is quoted with an apostrophe (CSV injection).
  return kind === 'text' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function csvField(text: string, separator: string): string {
  return text.includes(separator) || /["\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function xlsxStream<T>(columns: readonly SheetColumn<T>[], rows: AsyncIterable<T>, language: Language, sheetName: string): Readable {
  const out = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet(sheetName);
  sheet.columns = columns.map((column) => ({
    header: column.header,
    key: column.key,
    width: column.kind === 'text' ? 30 : 18,
    ...(column.kind === 'date' ? { style: { numFmt: 'yyyy-mm-dd' } } : column.kind === 'datetime' ? { style: { numFmt: 'yyyy-mm-dd hh:mm' } } : {}),
  }));
  void (async () => {
    for await (const row of rows) {
      sheet.addRow(columns.map((column) => xlsxValue(column.kind, column.value(row), language))).commit();
    }
    sheet.commit();
    await workbook.commit();
  })().catch((error: unknown) => out.destroy(error instanceof Error ? error : new Error(String(error))));
  return out;
}

function xlsxValue(kind: CellKind, value: CellValue, language: Language): string | number | Date | null {
  if (value === null) return null;
  if (typeof value === 'boolean') return YES_NO[language][value ? 0 : 1];
  if (kind === 'date' && typeof value === 'string') return new Date(`${value}T00:00:00Z`);
  return value;
}
