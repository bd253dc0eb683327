// Writes test/fixtures/client-import/spreadsheet.xlsx from spreadsheet.csv (the same rows), as a
// spreadsheet program would save them: amounts as numbers, the rest as text. Run: node scripts/make-client-import-xlsx.mjs
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';

const dir = join(import.meta.dirname, '..', 'test', 'fixtures', 'client-import');
const [header, ...rows] = parse(readFileSync(join(dir, 'spreadsheet.csv'), 'utf8'));
const workbook = new ExcelJS.Workbook();
workbook.created = new Date('2026-12-01T09:00:00Z');
workbook.modified = workbook.created;
const sheet = workbook.addWorksheet('Klanten');
sheet.addRow(header);
for (const row of rows) sheet.addRow(row.map((cell) => (/^\d+$/.test(cell) ? Number(cell) : cell)));
await workbook.xlsx.writeFile(join(dir, 'spreadsheet.xlsx'));
