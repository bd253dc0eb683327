import { createReadStream, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../../test/support/databases.js';
import { importRecords, type ImportKind } from './import-records.js';
import { readRecords, type ImportFormat } from './read-records.js';
import { REJECTION_CODES } from './rejections.js';

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
  const run = (kind: ImportKind, path: string, format: ImportFormat) => importRecords(ctx.db, kind, readRecords(createReadStream(path), format), undefined, () => today);
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
    expect(first.rejectedRows.map((r) => r.line)).toEqual([5, 6, 7, 8]);
    expect(first.rejectedRows[0]!.reason).toMatch(/^name:/);
    expect(first.rejectedRows[1]).toEqual({ line: 6, reason: 'website: is not a website', issues: [{ field: 'website', code: 'not_a_website' }] });
    expect(first.rejectedRows[2]!.reason).toMatch(/needs linkedin_url or website/);

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
    expect(summary.rejectedRows).toEqual([
      { line: 3, reason: 'no company with that company_linkedin_url or company_website; import the company first', issues: [{ code: 'unknown_company' }] },
      { line: 5, reason: 'is not valid JSON', issues: [{ code: 'invalid_json' }] },
      { line: 6, reason: 'is not a JSON object', issues: [{ code: 'not_an_object' }] },
    ]);
    const jobs = await ctx.db.selectFrom('jobs').selectAll().where('external_id', 'like', `${t}-%`).orderBy('external_id').execute();
    expect(jobs.map((j) => [j.title, j.skills, j.no_agencies])).toEqual([
      ['Verpleegkundige (32 uur)', [], false],
      ['Teamleider', ['Leiderschap', 'Planning'], true],
    ]);
    // Added at the import's clock, when clientpipe learned of them (the team view counts jobs added by it).
    expect(jobs.map((j) => j.created_at)).toEqual([today, today]);
    const company = () => ctx.db.selectFrom('global_companies').selectAll().where('website_domain', '=', `zorg-${t}.nl`).executeTakeFirstOrThrow();
    expect((await company()).created_at).toEqual(today);

    expect(await run('jobs', jsonl, 'jsonl')).toMatchObject({ inserted: 0, updated: 0, skipped: 3 });

    // One posting in the last 30 days, none before, two open: 100 · (1 − e^(−2/5)) · (0.75 + 0.25 · 1) = 33.
    const facts = await company();
    expect([facts.hotness, facts.open_jobs, facts.no_agencies]).toEqual([33, 2, true]);
  });

  it('stores quotes, backslashes, tabs, line breaks and Dutch letters exactly as the file has them (rows travel by COPY)', async () => {
    const t = tag();
    const description = 'Wij zoeken een "allrounder"\nmet\tervaring in C:\\projecten\\ en \\N; één café, ĳzer & Zn.\r\n\\.';
    const csv = file(`name,website,description,industry\n"Bouw ""De Vries"" ${t}",devries-${t}.nl,"${description.replaceAll('"', '""')}",\n`, 'csv');
    expect(await run('companies', csv, 'csv')).toMatchObject({ inserted: 1, rejected: 0 });
    const job = { company_website: `devries-${t}.nl`, title: 'Timmerman\t"senior"', description, skills: ['C\\', 'plan, "do"', 'Ĳssel'], source: 'copy', external_id: `${t}\\1` };
    const jsonl = file(`${JSON.stringify(job)}\n`, 'jsonl');
    expect(await run('jobs', jsonl, 'jsonl')).toMatchObject({ inserted: 1, rejected: 0 });
    const company = await ctx.db.selectFrom('global_companies').selectAll().where('website_domain', '=', `devries-${t}.nl`).executeTakeFirstOrThrow();
    // An empty cell is no value: NULL, not the empty text.
    expect([company.name, company.description, company.industry]).toEqual([`Bouw "De Vries" ${t}`, description, null]);
    const stored = await ctx.db.selectFrom('jobs').select(['title', 'description', 'skills', 'external_id']).where('source', '=', 'copy').where('global_company_id', '=', company.id).execute();
    expect(stored).toEqual([{ title: job.title, description, skills: job.skills, external_id: job.external_id }]);
    // Read back as written, so the same files again change nothing.
    expect(await run('companies', csv, 'csv')).toMatchObject({ inserted: 0, updated: 0, skipped: 1 });
    expect(await run('jobs', jsonl, 'jsonl')).toMatchObject({ inserted: 0, updated: 0, skipped: 1 });
  });

  it('imports a large jobs file (planner statistics refreshed before the hiring facts) and gets its facts right', async () => {
    const t = tag();
    await run('companies', file(`{"name":"Groot ${t}","website":"groot-${t}.nl"}\n`, 'jsonl'), 'jsonl');
    const lines = Array.from({ length: 10_000 }, (_, n) =>
      JSON.stringify({ company_website: `groot-${t}.nl`, title: `Monteur ${n}`, posted_at: n % 2 ? '2026-10-01' : '2026-01-01', ...(n % 4 === 0 ? { closed_at: '2026-02-01' } : {}), source: 'large', external_id: `${t}-${n}` }),
    );
    expect(await run('jobs', file(`${lines.join('\n')}\n`, 'jsonl'), 'jsonl')).toMatchObject({ inserted: 10_000, rejected: 0 });
    const company = await ctx.db.selectFrom('global_companies').selectAll().where('website_domain', '=', `groot-${t}.nl`).executeTakeFirstOrThrow();
    // Every fourth job (all posted in January) closed in February: 7,500 open; 5,000 posted in the last 30 days.
    expect([company.open_jobs, company.last_posted_at]).toEqual([7_500, new Date('2026-10-01T00:00:00Z')]);
  });


  it('keeps the last of a job listed twice batches apart, though batches of jobs are written side by side', async () => {
    const t = tag();
    await run('companies', file(`{"name":"Twee ${t}","website":"twee-${t}.nl"}\n`, 'jsonl'), 'jsonl');
    // 12,000 rows are batches apart on both databases (5,000 a batch on PostgreSQL, written in two lanes);
    // every job is listed first with an old title and, 6,000 lines later, with its final one.
    const job = (n: number, title: string) => JSON.stringify({ company_website: `twee-${t}.nl`, title, source: 'twice', external_id: `${t}-${n}` });
    const lines = [...Array.from({ length: 6_000 }, (_, n) => job(n, `Oud ${n}`)), ...Array.from({ length: 6_000 }, (_, n) => job(n, `Nieuw ${n}`))];
    // A repeat in the same batch counts as skipped, one in a later batch as updated: which, depends on the batching.
    const summary = await run('jobs', file(`${lines.join('\n')}\n`, 'jsonl'), 'jsonl');
    expect(summary).toMatchObject({ inserted: 6_000, rejected: 0 });
    expect(summary.updated + summary.skipped).toBe(6_000);
    const titles = await ctx.db.selectFrom('jobs').select('title').where('source', '=', 'twice').where('external_id', 'like', `${t}-%`).execute();
    expect(titles.filter((row) => !row.title.startsWith('Nieuw '))).toEqual([]);
    expect(titles).toHaveLength(6_000);
  });
  it('reports a CSV row it cannot read, and reads the rest', async () => {
    const t = tag();
    const csv = file(['name,website', `Goed ${t},goed-${t}.nl`, `"Kapot ${t},kapot-${t}.nl,extra`, `Ook goed ${t},ookgoed-${t}.nl`].join('\n'), 'csv');
    const summary = await run('companies', csv, 'csv');
    expect(summary.inserted).toBeGreaterThanOrEqual(1);
    expect(summary.rejected).toBeGreaterThanOrEqual(1);
    expect(await ctx.db.selectFrom('global_companies').select('name').where('name', '=', `Goed ${t}`).execute()).toHaveLength(1);
  });

  it('imports decision makers: merged per company by name, bad rows refused by line, re-runs change nothing', async () => {
    const t = tag();
    await run('companies', file(`{"name":"Bouw ${t}","linkedin_url":"https://www.linkedin.com/company/bouw-${t}"}\n`, 'jsonl'), 'jsonl');
    const csv = file(
      [
        'company_linkedin_url,name,title,linkedin_url,linkedin_verified',
        `https://www.linkedin.com/company/bouw-${t},Eva Smit,HR-directeur,https://nl.linkedin.com/in/eva-smit-${t}/,ja`,
        `https://www.linkedin.com/company/bouw-${t},Joost Bos,Uitvoerder,,nee`,
        `https://www.linkedin.com/company/bouw-${t},Eva Smit,,,`, // the same person again, with nothing new
        `https://www.linkedin.com/company/elders-${t},Iris Vos,CEO,,`, // unknown company
        `https://www.linkedin.com/company/bouw-${t},,Recruiter,,`, // no name
        `https://www.linkedin.com/company/bouw-${t},Sem Dekker,Recruiter,,misschien`, // not a yes or no
      ].join('\n'),
      'csv',
    );
    const first = await run('decision-makers', csv, 'csv');
    expect(first).toMatchObject({ inserted: 2, updated: 0, skipped: 1 });
    expect(first.rejectedRows.map((r) => [r.line, r.reason.split(':')[0]])).toEqual([
      [5, 'no company with that company_linkedin_url or company_website; import the company first'],
      [6, 'name'],
      [7, 'linkedin_verified'],
    ]);
    const people = () =>
      ctx.db
        .selectFrom('decision_makers as d')
        .innerJoin('global_companies as g', 'g.id', 'd.global_company_id')
        .select(['d.name', 'd.title', 'd.linkedin_url', 'd.linkedin_verified'])
        .where('g.linkedin_url', '=', `https://www.linkedin.com/company/bouw-${t}`)
        .orderBy('d.name')
        .execute();
    expect(await people()).toEqual([
      { name: 'Eva Smit', title: 'HR-directeur', linkedin_url: `https://www.linkedin.com/in/eva-smit-${t}`, linkedin_verified: true },
      { name: 'Joost Bos', title: 'Uitvoerder', linkedin_url: null, linkedin_verified: false },
    ]);
    expect(await run('decision-makers', csv, 'csv')).toMatchObject({ inserted: 0, updated: 0, skipped: 3 });

    const promoted = file(`{"company_linkedin_url":"https://www.linkedin.com/company/bouw-${t}","name":"joost bos","title":"Projectdirecteur"}\n`, 'jsonl');
    expect(await run('decision-makers', promoted, 'jsonl')).toMatchObject({ inserted: 0, updated: 1, skipped: 0 });
    expect((await people())[1]).toEqual({ name: 'joost bos', title: 'Projectdirecteur', linkedin_url: null, linkedin_verified: false });
  });

  it('places companies on the map from their location, keeping coordinates a file gives', async () => {
    const t = tag();
    const lines = [
      { name: `Utrecht ${t}`, website: `utrecht-${t}.nl`, location: 'Utrecht, Nederland' },
      { name: `Land ${t}`, website: `land-${t}.nl`, location: 'Nederland' },
      { name: `Exact ${t}`, website: `exact-${t}.nl`, location: 'Amsterdam', latitude: 52.3731, longitude: 4.8922 },
      { name: `Half ${t}`, website: `half-${t}.nl`, latitude: 52 },
    ];
    const summary = await run('companies', file(lines.map((l) => JSON.stringify(l)).join('\n'), 'jsonl'), 'jsonl');
    expect(summary).toMatchObject({ inserted: 3, rejectedRows: [{ line: 4, reason: 'latitude and longitude come together', issues: [{ code: 'coordinates_incomplete' }] }] });
    const rows = await ctx.db.selectFrom('global_companies').select(['name', 'latitude', 'longitude']).where('name', 'like', `% ${t}`).orderBy('name').execute();
    expect(rows).toEqual([
      { name: `Exact ${t}`, latitude: 52.3731, longitude: 4.8922 },
      { name: `Land ${t}`, latitude: null, longitude: null },
      { name: `Utrecht ${t}`, latitude: expect.closeTo(52.09, 1), longitude: expect.closeTo(5.12, 1) },
    ]);
  });

  it('keeps the skills of open jobs and the latest posting on the company', async () => {
    const t = tag();
    await run('companies', file(`{"name":"Data ${t}","website":"data-${t}.nl"}\n`, 'jsonl'), 'jsonl');
    const jobs = [
      { company_website: `data-${t}.nl`, title: 'Data Engineer', skills: ['Python', 'SQL'], posted_at: '2026-09-20', source: 't', external_id: `${t}-1` },
      { company_website: `data-${t}.nl`, title: 'Analist', skills: ['sql', 'Power BI'], posted_at: '2026-10-10', source: 't', external_id: `${t}-2` },
      { company_website: `data-${t}.nl`, title: 'Oud', skills: ['Cobol'], posted_at: '2026-01-10', closed_at: '2026-03-01', source: 't', external_id: `${t}-3` },
    ];
    await run('jobs', file(jobs.map((l) => JSON.stringify(l)).join('\n'), 'jsonl'), 'jsonl');
    const company = await ctx.db.selectFrom('global_companies').selectAll().where('website_domain', '=', `data-${t}.nl`).executeTakeFirstOrThrow();
    expect(company.open_skills).toEqual(['power bi', 'python', 'sql']);
    expect(company.last_posted_at).toEqual(new Date('2026-10-10T00:00:00.000Z'));
    expect(company.open_jobs).toBe(2);
  });

  it('gives every rejection as codes beside the English reason, each code reachable through a file', async () => {
    const t = tag();
    const jsonl = (rows: unknown[]) => file(`${rows.map((row) => (typeof row === 'string' ? row : JSON.stringify(row))).join('\n')}\n`, 'jsonl');
    const company = { name: `Kade ${t}`, website: `kade-${t}.nl` };
    await run('companies', jsonl([company, { name: `Dok ${t}`, linkedin_url: `https://www.linkedin.com/company/dok-${t}` }]), 'jsonl');
    const companies = await run(
      'companies',
      jsonl([
        { website: `a-${t}.nl` },
        { name: 42, website: `b-${t}.nl` },
        { name: 'x'.repeat(301), website: `c-${t}.nl` },
        { ...company, latitude: 'noord', longitude: 5 },
        { ...company, employee_count: 12.5 },
        { ...company, employee_count: -5 },
        { ...company, founded_year: 3000 },
        { ...company, linkedin_url: 'https://example.com/kade' },
        { name: 'Waal', website: 'geen website' },
        { name: 'IJssel' },
        { ...company, latitude: 52 },
        { name: 'Beide', website: `kade-${t}.nl`, linkedin_url: `https://www.linkedin.com/company/dok-${t}` },
        '{"name":',
        '[1]',
        `{"name":"${'x'.repeat(1_000_001)}"}`,
      ]),
      'jsonl',
    );
    const job = { company_website: `kade-${t}.nl`, title: 'Planner', source: 't', external_id: t };
    const jobs = await run(
      'jobs',
      jsonl([
        { ...job, skills: Array.from({ length: 101 }, (_, i) => `skill ${i}`) },
        { ...job, posted_at: 'gisteren' },
        { ...job, url: 'geen url' },
        { ...job, url: 'javascript:alert(1)' },
        { ...job, posted_at: '1850-01-01' },
        { ...job, title: 'Planner\u0000' },
        { ...job, skills: 5 },
        { ...job, company_website: `elders-${t}.nl` },
      ]),
      'jsonl',
    );
    const people = await run(
      'decision-makers',
      file(['company_website,name,linkedin_verified', `kade-${t}.nl,Eva,misschien`, `kade-${t}.nl,Joost`, `kade-${t}.nl,"Iris,nee`].join('\n'), 'csv'),
      'csv',
    );
    expect(companies.rejectedRows.map((r) => r.line)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]);
    expect(companies.rejectedRows[11]).toEqual({ line: 12, reason: 'linkedin_url and website belong to two different companies', issues: [{ code: 'conflicting_companies' }] });
    expect(jobs.rejectedRows[0]!.issues).toEqual([{ field: 'skills', code: 'too_many', params: { max: 100 } }]);
    expect(people.rejectedRows[1]).toMatchObject({ line: 3, reason: expect.stringMatching(/^Invalid Record Length/), issues: [{ code: 'wrong_column_count', params: { expected: 3, actual: 2 } }] });
    const codes = [companies, jobs, people].flatMap((summary) => summary.rejectedRows.flatMap((r) => r.issues.map((issue) => issue.code)));
    // not_storable has a test of its own: no file reaches it while the checks above hold.
    expect(new Set(codes)).toEqual(new Set(REJECTION_CODES.filter((code) => code !== 'invalid' && code !== 'not_storable')));
  });

  // A 10 MB file: on a busy machine it needs more than the default minute.
  it('leaves exactly the good rows of a 10 MB file with errors sprinkled through it', { timeout: 240_000 }, async () => {
    const t = tag();
    const filler = 'Wij bouwen software voor de zorg en groeien hard in heel Nederland. '.repeat(2);
    const lines: string[] = [];
    const bad = new Set<number>();
    let size = 0;
    for (let n = 1; size < 10 * 1024 * 1024; n++) {
      let line: string;
      if (n % 211 === 0) {
        bad.add(n);
        line = [`{"name":"Kapot ${t} ${n}"`, `{"name":"","website":"leeg-${t}-${n}.nl"}`, `{"name":"Geen site ${t} ${n}","website":"geen site"}`, `[${n}]`][n % 4]!;
      } else {
        line = JSON.stringify({ name: `Bedrijf ${t} ${n}`, website: `bedrijf-${t}-${n}.nl`, industry: 'Software Development', location: 'Utrecht', description: filler });
      }
      lines.push(line);
      size += line.length + 1;
    }
    const summary = await run('companies', file(lines.join('\n'), 'jsonl'), 'jsonl');
    expect(summary.rejected).toBe(bad.size);
    expect(summary.rejectedRows.map((r) => r.line)).toEqual([...bad].slice(0, 100));
    expect(summary).toMatchObject({ inserted: lines.length - bad.size, updated: 0, skipped: 0 });
    const stored = await ctx.db.selectFrom('global_companies').select((eb) => eb.fn.countAll<number>().as('n')).where('website_domain', 'like', `%-${t}-%`).executeTakeFirstOrThrow();
    expect(Number(stored.n)).toBe(lines.length - bad.size);
    const names = await ctx.db.selectFrom('global_companies').select('name').where('name', 'like', `Kapot ${t} %`).execute();
    expect(names).toEqual([]);
  });
});
