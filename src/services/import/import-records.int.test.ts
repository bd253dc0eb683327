import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../../test/support/databases.js';
import { importRecords } from './import-records.js';
import { readRecords, type ImportFormat } from './read-records.js';

const dir = mkdtempSync(join(tmpdir(), 'clientpipe-import-'));
let files = 0;
function file(content: string, extension: ImportFormat): string {
  const path = join(dir, `${++files}.${extension}`);
  writeFileSync(path, content);
  return path;
}

describeEachDatabase('import', (ctx) => {
  // Jobs are judged against a fixed "today" so hotness can be computed by hand.
  const today = new Date('2026-10-15T12:00:00.000Z');
  const run = (kind: 'companies' | 'jobs', path: string, format: ImportFormat) => importRecords(ctx.db, kind, readRecords(path, format), undefined, () => today);
  const tag = () => Math.random().toString(36).slice(2, 8);

  it('imports companies from CSV, merging duplicates and reporting bad rows by line without writing them', async () => {
    const t = tag();
    const csv = file(
      [
        'name,linkedin_url,website,industry,employee_count',
        `Rijn ${t} B.V.,https://www.linkedin.com/company/rijn-${t}/,https://www.rijn-${t}.nl,Construction,120`,
        `Rijn ${t} B.V.,http://nl.linkedin.com/company/RIJN-${t},,Construction,125`, // the same company again: merged, later cells win
        `Maas ${t},,maas-${t}.nl,Retail,`,
        `,https://www.linkedin.com/company/nameless-${t},,,`, // no name
        `Waal ${t},,not a website,,`, // bad website
        `IJssel ${t},,,,`, // nothing to tell it apart
        `Delta ${t},,www.delta-${t}.nl,Logistics,-5`, // negative size
      ].join('\n'),
      'csv',
    );
    const first = await run('companies', csv, 'csv');
    expect(first).toMatchObject({ inserted: 2, updated: 0, skipped: 1 });
    expect(first.rejected.map((r) => r.line)).toEqual([5, 6, 7, 8]);
    expect(first.rejected[0]!.reason).toMatch(/^name:/);
    expect(first.rejected[1]!.reason).toBe('website: is not a website');
    expect(first.rejected[2]!.reason).toMatch(/needs linkedin_url or website/);

    const rows = await ctx.db.selectFrom('global_companies').selectAll().where('name', 'like', `%${t}%`).orderBy('name').execute();
    expect(rows.map((r) => [r.name, r.linkedin_url, r.website_domain, r.employee_count])).toEqual([
      [`Maas ${t}`, null, `maas-${t}.nl`, null],
      [`Rijn ${t} B.V.`, `https://www.linkedin.com/company/rijn-${t}`, `rijn-${t}.nl`, 125],
    ]);

    // The same file again changes nothing.
    const again = await run('companies', csv, 'csv');
    expect(again).toMatchObject({ inserted: 0, updated: 0, skipped: 3 });
    expect(await ctx.db.selectFrom('global_companies').select('updated_at').where('name', 'like', `%${t}%`).execute()).toEqual(
      rows.map((r) => ({ updated_at: r.updated_at })),
    );
  });

  it('imports jobs from JSON Lines: upserts on (source, external id), flags no-agency texts, refuses unknown companies', async () => {
    const t = tag();
    await run('companies', file(`{"name":"Zorg ${t}","website":"zorg-${t}.nl"}\n`, 'jsonl'), 'jsonl');
    const lines = [
      { company_website: `https://zorg-${t}.nl/vacatures`, title: 'Verpleegkundige', skills: ['BIG', 'Wondzorg'], posted_at: '2026-10-01', source: 'test', external_id: `${t}-1` },
      { company_website: `zorg-${t}.nl`, title: 'Teamleider', description: 'Acquisitie naar aanleiding van deze vacature wordt niet op prijs gesteld.', skills: 'Leiderschap;Planning', source: 'test', external_id: `${t}-2` },
      { company_website: `elders-${t}.nl`, title: 'Onbekend', source: 'test', external_id: `${t}-3` },
      { company_website: `zorg-${t}.nl`, title: 'Verpleegkundige (32 uur)', posted_at: '2026-10-01', source: 'test', external_id: `${t}-1` }, // same job, later row wins
    ];
    const jsonl = file(`${lines.map((l) => JSON.stringify(l)).join('\n')}\n{not json\n[1,2]\n`, 'jsonl');
    const summary = await run('jobs', jsonl, 'jsonl');
    expect(summary).toMatchObject({ inserted: 2, updated: 0, skipped: 1 });
    expect(summary.rejected).toEqual([
      { line: 3, reason: 'no company with that company_linkedin_url or company_website; import the company first' },
      { line: 5, reason: 'is not valid JSON' },
      { line: 6, reason: 'is not a JSON object' },
    ]);
    const jobs = await ctx.db.selectFrom('jobs').selectAll().where('external_id', 'like', `${t}-%`).orderBy('external_id').execute();
    expect(jobs.map((j) => [j.title, j.skills, j.no_agencies])).toEqual([
      ['Verpleegkundige (32 uur)', [], false],
      ['Teamleider', ['Leiderschap', 'Planning'], true],
    ]);

    expect(await run('jobs', jsonl, 'jsonl')).toMatchObject({ inserted: 0, updated: 0, skipped: 3 });

    // One posting in the last 30 days, none before, two open: 100 · (1 − e^(−2/5)) · (0.75 + 0.25 · 1) = 33.
    const company = await ctx.db.selectFrom('global_companies').selectAll().where('website_domain', '=', `zorg-${t}.nl`).executeTakeFirstOrThrow();
    expect([company.hotness, company.open_jobs, company.no_agencies]).toEqual([33, 2, true]);
  });

  it('reports a CSV row it cannot read, and reads the rest', async () => {
    const t = tag();
    const csv = file(['name,website', `Goed ${t},goed-${t}.nl`, `"Kapot ${t},kapot-${t}.nl,extra`, `Ook goed ${t},ookgoed-${t}.nl`].join('\n'), 'csv');
    const summary = await run('companies', csv, 'csv');
    expect(summary.inserted).toBeGreaterThanOrEqual(1);
    expect(summary.rejected.length).toBeGreaterThanOrEqual(1);
    expect(await ctx.db.selectFrom('global_companies').select('name').where('name', '=', `Goed ${t}`).execute()).toHaveLength(1);
  });
});
