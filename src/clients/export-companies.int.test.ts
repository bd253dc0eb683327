import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { beforeAll, expect, it } from 'vitest';
import type { Readable } from 'node:stream';
import { describeEachDatabase } from '../../test/support/databases.js';
import { createTestAgency, type TestAgency } from '../../test/support/fixtures.js';
import { DAY, followShared, installHoldPipeline } from '../../test/support/company-list-data.js';
import { updateCompany } from './update-company.js';
import { exportCompanies } from './export-companies.js';
import { listCompanies, type CompanyList } from './list-companies.js';
import { walkListRows } from './company-list-rows.js';

/*
 * The export is the list: the same records in the same order with the
 * columns asked for, headers and names in the caller's language; CSV and
 * XLSX read back give exactly what the list shows.
 */

const NOW = new Date();
const clock = () => NOW;

async function bytes(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}

/** What the list shows for these columns, as the export writes it in Dutch. */
function expectedRows(list: CompanyList): string[][] {
  return list.items.map((item) => [
    item.name,
    item.stageName.nl,
    item.pipelineName.nl,
    item.ownerName ?? '',
    item.expectedValue === null ? '' : String(item.expectedValue),
    item.location ?? '',
    item.favorited ? 'ja' : 'nee',
    item.createdAt.toISOString(),
    typeof item.fields.sector === 'string' ? item.fields.sector : '',
  ]);
}

const COLUMNS = 'name,stage,pipeline,owner,value,city,favorite,created,field.sector';

describeEachDatabase('exporting the companies page', (ctx) => {
  let agency: TestAgency;

  beforeAll(async () => {
    agency = await createTestAgency(ctx.db, 'Exportbureau');
    const hold = await installHoldPipeline(ctx.db, agency.agencyId);
    const names = ['Bakkerij "De Zon"', 'Café; Bar & Co', 'Ölhandel Ürk', '=HYPERLINK("x")', 'Regel\neen en twee', 'Gewone Zaak'];
    for (const [index, name] of names.entries()) {
      const id = await followShared(ctx.db, agency.recruiter, { name, location: index % 2 ? 'Zwolle' : null }, new Date(NOW.getTime() - index * DAY), index < 2 ? hold : undefined);
      await updateCompany(ctx.db, agency.recruiter, { companyId: id, favorited: index % 3 === 0, expectedValue: index * 1250.5, ...(index < 2 ? { fields: { sector: 'bouw' } } : {}) });
    }
  });

  it('writes the CSV of the list: the same rows in the same order, Dutch headers, semicolons and a BOM', async () => {
    const query = { sort: 'value', direction: 'desc', language: 'nl' } as const;
    const list = await listCompanies(ctx.db, agency.viewer, { ...query, limit: 200 }, clock);
    const file = await exportCompanies(ctx.db, agency.viewer, { ...query, format: 'csv', columns: COLUMNS }, clock);
    expect(file.filename).toBe(`bedrijven-${NOW.toISOString().slice(0, 10)}.csv`);
    expect(file.contentType).toBe('text/csv; charset=utf-8');
    const text = (await bytes(file.body)).toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const [header, ...rows] = parse(text.slice(1), { delimiter: ';', relax_column_count: false }) as string[][];
    expect(header).toEqual(['Naam', 'Fase', 'Pijplijn', 'Eigenaar', 'Verwachte waarde (EUR)', 'Plaats', 'Favoriet', 'Gevolgd sinds', 'Sector']);
    // A name a spreadsheet would run as a formula is written with an apostrophe in front.
    const expected = expectedRows(list).map((row) => row.map((cell, index) => (index === 0 && cell.startsWith('=') ? `'${cell}` : cell)));
    expect(rows).toEqual(expected);
    expect(rows).toHaveLength(6);
  });

  it('writes the XLSX of the list with typed cells and English headers', async () => {
    const query = { sort: 'name', direction: 'asc', language: 'en', favorite: 'false' } as const;
    const list = await listCompanies(ctx.db, agency.viewer, { ...query, limit: 200 }, clock);
    const file = await exportCompanies(ctx.db, agency.viewer, { ...query, format: 'xlsx', columns: ['name', 'stage', 'value', 'created', 'favorite'] }, clock);
    expect(file.filename).toMatch(/^companies-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await bytes(file.body)) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Companies')!;
    const values = (index: number) => (sheet.getRow(index).values as unknown[]).slice(1);
    expect(values(1)).toEqual(['Name', 'Stage', 'Expected value (EUR)', 'Followed since', 'Favourite']);
    expect(sheet.rowCount).toBe(list.items.length + 1);
    list.items.forEach((item, index) => {
      const [name, stage, value, created, favorite] = values(index + 2);
      expect([name, stage, value, (created as Date).toISOString(), favorite]).toEqual([item.name, item.stageName.en, item.expectedValue, item.createdAt.toISOString(), 'no']);
    });
  });

  it('walks every record once across pages, in the list order', async () => {
    const order = { sort: 'city', direction: 'asc', language: 'nl' } as const;
    const walked: string[] = [];
    for await (const item of walkListRows(ctx.db, agency.admin, { filter: { q: undefined }, order }, NOW, 2)) walked.push(item.id);
    const list = await listCompanies(ctx.db, agency.viewer, { ...order, limit: 200 }, clock);
    expect(walked).toEqual(list.items.map((item) => item.id));
  });

  it('refuses an unknown column or format before writing anything', async () => {
    await expect(exportCompanies(ctx.db, agency.viewer, { columns: 'name,wachtwoord' }, clock)).rejects.toMatchObject({ code: 'VALIDATION' });
    await expect(exportCompanies(ctx.db, agency.viewer, { format: 'pdf' as never }, clock)).rejects.toMatchObject({ code: 'VALIDATION' });
  });
});
