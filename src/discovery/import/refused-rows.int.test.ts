import { createReadStream, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../../test/support/databases.js';
import { importRecords, type ImportKind } from './import-records.js';
import { readRecords, type ImportFormat } from './read-records.js';

const dir = mkdtempSync(join(tmpdir(), 'clientpipe-import-'));
let files = 0;
function file(content: string, extension: ImportFormat): string {
  const path = join(dir, `${++files}.${extension}`);
  writeFileSync(path, content);
  return path;
}

describeEachDatabase('import: refused rows', (ctx) => {
  // Jobs are judged against a fixed "today" so hotness can be computed by hand.
  const today = new Date('2026-10-15T12:00:00.000Z');
  const run = (kind: ImportKind, path: string, format: ImportFormat) => importRecords(ctx.db, kind, readRecords(createReadStream(path), format), undefined, () => today);
  const tag = () => Math.random().toString(36).slice(2, 8);

  it('accepts only http(s) for the URLs every agency opens: a javascript: or data: job URL or website is refused', async () => {
    const t = tag();
    const jsonl = (rows: object[]) => file(`${rows.map((row) => JSON.stringify(row)).join('\n')}\n`, 'jsonl');
    const companies = await run(
      'companies',
      jsonl([
        { name: `Veilig ${t}`, website: `https://veilig-${t}.nl` },
        { name: `Script ${t}`, website: `javascript://script-${t}.nl/%0Aalert(1)` },
        { name: `Ftp ${t}`, website: `ftp://ftp-${t}.nl` },
      ]),
      'jsonl',
    );
    expect(companies).toMatchObject({ inserted: 1 });
    expect(companies.rejectedRows.map((r) => [r.line, r.issues])).toEqual([
      [2, [{ field: 'website', code: 'not_an_http_url' }]],
      [3, [{ field: 'website', code: 'not_an_http_url' }]],
    ]);
    const job = (n: number, url: string) => ({ company_website: `veilig-${t}.nl`, title: `Vacature ${n}`, source: 'urls', external_id: `${t}-${n}`, url });
    const jobs = await run(
      'jobs',
      jsonl([
        job(1, `https://veilig-${t}.nl/vacatures/1`),
        job(2, `HTTP://veilig-${t}.nl/vacatures/2`),
        job(3, 'javascript:alert(document.cookie)'),
        job(4, 'JavaScript:alert(1)//https://veilig.nl'),
        job(5, 'data:text/html,<script>alert(1)</script>'),
        job(6, 'vbscript:msgbox(1)'),
        job(7, 'https://'),
      ]),
      'jsonl',
    );
    expect(jobs).toMatchObject({ inserted: 2 });
    expect(jobs.rejectedRows.map((r) => [r.line, r.issues[0]!.code])).toEqual([
      [3, 'not_an_http_url'],
      [4, 'not_an_http_url'],
      [5, 'not_an_http_url'],
      [6, 'not_an_http_url'],
      [7, 'not_a_url'],
    ]);
    const stored = await ctx.db.selectFrom('jobs').select('url').where('external_id', 'like', `${t}-%`).orderBy('external_id').execute();
    expect(stored).toEqual([{ url: `https://veilig-${t}.nl/vacatures/1` }, { url: `HTTP://veilig-${t}.nl/vacatures/2` }]);
    // The database holds every writer to it.
    const company = await ctx.db.selectFrom('global_companies').select('id').where('website_domain', '=', `veilig-${t}.nl`).executeTakeFirstOrThrow();
    await expect(
      ctx.db.insertInto('jobs').values({ global_company_id: company.id, title: 'X', source: 'urls', external_id: `${t}-x`, url: 'javascript:alert(1)' }).execute(),
    ).rejects.toThrow(/jobs_url_check/);
  });

  it('rejects a row with a NUL, a lone surrogate, a bad % escape or a date beyond the calendar alone, writing the rest of its batch', async () => {
    const t = tag();
    const jsonl = (rows: object[]) => file(`${rows.map((row) => JSON.stringify(row)).join('\n')}\n`, 'jsonl');
    const companies = await run(
      'companies',
      jsonl([
        { name: `Goed ${t}`, website: `goed-${t}.nl` },
        { name: `Nul\u0000${t}`, website: `nul-${t}.nl` },
        { name: `Half ${t}`, website: `half-${t}.nl`, description: 'Een half teken: \ud800' },
        { name: `Escape ${t}`, linkedin_url: 'https://www.linkedin.com/company/%E0%A4%A' },
        { name: `Ook goed ${t}`, website: `ookgoed-${t}.nl`, industry: 'Retail' },
      ]),
      'jsonl',
    );
    expect(companies).toMatchObject({ inserted: 2 });
    expect(companies.rejectedRows.map((r) => [r.line, r.issues])).toEqual([
      [2, [{ field: 'name', code: 'invalid_characters' }]],
      [3, [{ field: 'description', code: 'invalid_characters' }]],
      [4, [{ field: 'linkedin_url', code: 'not_a_linkedin_url' }]],
    ]);
    const csv = await run('companies', file(`name,website\nCsv\u0000${t},csv-${t}.nl\nCsv goed ${t},csvgoed-${t}.nl\n`, 'csv'), 'csv');
    expect(csv).toMatchObject({ inserted: 1, rejectedRows: [{ line: 2, issues: [{ field: 'name', code: 'invalid_characters' }] }] });

    const job = (n: number, extra: object) => ({ company_website: `goed-${t}.nl`, title: `Vacature ${n}`, source: 'bad', external_id: `${t}-${n}`, ...extra });
    const jobs = await run(
      'jobs',
      jsonl([
        job(1, {}),
        job(2, { title: 'Titel\u0000' }),
        job(3, { description: 'Omschrijving \udc00' }),
        job(4, { skills: ['Excel', 'Wond\u0000zorg'] }),
        job(5, { skills: 'Excel;Plan\u0007ning' }),
        job(6, { company_website: undefined, company_linkedin_url: 'https://www.linkedin.com/company/%E0%A4%A' }),
        job(7, { posted_at: '-000050-01-01' }),
        job(8, { closed_at: '+275760-09-13' }),
        job(9, { posted_at: '2026-10-01' }),
      ]),
      'jsonl',
    );
    expect(jobs).toMatchObject({ inserted: 2 });
    expect(jobs.rejectedRows.map((r) => [r.line, r.issues])).toEqual([
      [2, [{ field: 'title', code: 'invalid_characters' }]],
      [3, [{ field: 'description', code: 'invalid_characters' }]],
      [4, [{ field: 'skills', code: 'invalid_characters', params: { item: 2 } }]],
      [5, [{ field: 'skills', code: 'invalid_characters' }]],
      [6, [{ field: 'company_linkedin_url', code: 'not_a_linkedin_url' }]],
      [7, [{ field: 'posted_at', code: 'date_out_of_range', params: { min: '1900-01-01', max: '2199-12-31' } }]],
      [8, [{ field: 'closed_at', code: 'date_out_of_range', params: { min: '1900-01-01', max: '2199-12-31' } }]],
    ]);

    const person = (name: string, extra: object = {}) => ({ company_website: `goed-${t}.nl`, name, ...extra });
    const people = await run(
      'decision-makers',
      jsonl([person('Eva Smit'), person('Nul\u0000Persoon'), person('Iris Bos', { title: 'HR \ud83d' }), person('Joost Bos', { linkedin_url: 'https://www.linkedin.com/in/%E0%A4%A' })]),
      'jsonl',
    );
    expect(people).toMatchObject({ inserted: 1 });
    expect(people.rejectedRows.map((r) => [r.line, r.issues[0]])).toEqual([
      [2, { field: 'name', code: 'invalid_characters' }],
      [3, { field: 'title', code: 'invalid_characters' }],
      [4, { field: 'linkedin_url', code: 'not_a_linkedin_url' }],
    ]);
  });

  it('refuses a row that joins two companies named earlier in the same batch, instead of failing the batch', async () => {
    const t = tag();
    const jsonl = (rows: object[]) => file(`${rows.map((row) => JSON.stringify(row)).join('\n')}\n`, 'jsonl');
    const summary = await run(
      'companies',
      jsonl([
        { name: `Noord ${t}`, linkedin_url: `https://www.linkedin.com/company/noord-${t}` },
        { name: `Zuid ${t}`, website: `zuid-${t}.nl` },
        { name: `Noord en Zuid ${t}`, linkedin_url: `https://www.linkedin.com/company/noord-${t}`, website: `zuid-${t}.nl` },
        { name: `Oost ${t}`, website: `oost-${t}.nl` },
      ]),
      'jsonl',
    );
    expect(summary).toMatchObject({ inserted: 3, updated: 0, skipped: 0 });
    expect(summary.rejectedRows).toEqual([{ line: 3, reason: 'linkedin_url and website belong to two different companies', issues: [{ code: 'conflicting_companies' }] }]);
    const names = await ctx.db.selectFrom('global_companies').select('name').where('name', 'like', `% ${t}`).orderBy('name').execute();
    expect(names.map((row) => row.name)).toEqual([`Noord ${t}`, `Oost ${t}`, `Zuid ${t}`]);
  });

  it('keeps the first 100 refused rows by line and counts them all, however many a file holds', async () => {
    const t = tag();
    await run('companies', file(`{"name":"Teller ${t}","website":"teller-${t}.nl"}\n`, 'jsonl'), 'jsonl');
    // Refused while reading (no title) and while writing (unknown company, a batch later), mixed through 3,000 lines.
    const lines = Array.from({ length: 3_000 }, (_, i) => {
      const n = i + 1;
      if (n % 3 === 0) return JSON.stringify({ company_website: `teller-${t}.nl`, title: `Monteur ${n}`, source: 'teller', external_id: `${t}-${n}` });
      if (n % 3 === 1) return JSON.stringify({ company_website: `elders-${t}.nl`, title: `Monteur ${n}`, source: 'teller', external_id: `${t}-${n}` });
      return JSON.stringify({ company_website: `teller-${t}.nl`, source: 'teller', external_id: `${t}-${n}` });
    });
    const summary = await run('jobs', file(`${lines.join('\n')}\n`, 'jsonl'), 'jsonl');
    expect(summary).toMatchObject({ inserted: 1_000, rejected: 2_000, rejectedByCode: { unknown_company: 1_000, required: 1_000 } });
    const firstLines = Array.from({ length: 150 }, (_, i) => i + 1).filter((n) => n % 3 !== 0).slice(0, 100);
    expect(summary.rejectedRows.map((r) => r.line)).toEqual(firstLines);
    expect(summary.rejectedRows[1]).toEqual({ line: 2, reason: expect.stringMatching(/^title: /), issues: [{ field: 'title', code: 'required' }] });
  });

  it('refuses a row the database refuses for a reason no check foresaw by itself, writing the rest of its batch', async () => {
    const t = tag();
    // A rule the import does not know of, standing in for any such refusal (a constraint, a collation quirk).
    const constraint = sql.raw(`refuse_${t}`);
    await sql`alter table global_companies add constraint ${constraint} check (name <> ${sql.lit(`Verboden ${t}`)})`.execute(ctx.db);
    try {
      const rows = Array.from({ length: 40 }, (_, n) => ({ name: n === 17 ? `Verboden ${t}` : `Toegestaan ${t} ${n}`, website: `db-${t}-${n}.nl` }));
      const summary = await run('companies', file(`${rows.map((row) => JSON.stringify(row)).join('\n')}\n`, 'jsonl'), 'jsonl');
      expect(summary).toMatchObject({ inserted: 39, rejected: 1, rejectedByCode: { not_storable: 1 } });
      expect(summary.rejectedRows).toEqual([{ line: 18, reason: expect.stringContaining(`refuse_${t}`), issues: [{ code: 'not_storable' }] }]);
    } finally {
      await sql`alter table global_companies drop constraint ${constraint}`.execute(ctx.db);
    }
  });
});
