import { request as httpRequest } from 'node:http';
import { beforeAll, expect, it } from 'vitest';
import { createTestAgency, type TestAgency } from '../support/fixtures.js';
import { discoveryCompanies, importRows } from '../support/discovery-data.js';
import { followCompany } from '../../src/clients/follow-company.js';
import { bearer, describeApi, expectProblem, operatorBearer } from './support.js';

describeApi('HTTP discovery', (ctx) => {
  let agency: TestAgency;
  let headers: Record<string, string>;
  let adminHeaders: Record<string, string>;
  let operatorHeaders: Record<string, string>;
  beforeAll(async () => {
    agency = await createTestAgency(ctx.db);
    headers = await bearer(ctx.db, agency.recruiter);
    adminHeaders = await bearer(ctx.db, agency.admin);
    operatorHeaders = await operatorBearer(ctx.db);
  });
  const get = async (url: string) => {
    const response = await ctx.app.inject({ method: 'GET', url, headers });
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  };

  it('searches with filters in the query string, follows from a result and shows it saved', async () => {
    const tag = `Http${Math.random().toString(36).slice(2, 8)}`;
    const ids = await discoveryCompanies(ctx.db, tag, new Date());
    const found = await get(`/api/global-companies?q=${tag}&place=Utrecht&radiusKm=25&sort=name`);
    expect(found.items.map((item: { id: string }) => item.id)).toEqual([ids.software, ids.stil, ids.zorg]);
    expect(found.withoutCoordinates).toBe(1);
    expect(found.items[0]).toMatchObject({ hasSaved: false, lastViewedAt: null, hasCoordinates: true, trend: expect.any(Array), distanceKm: expect.any(Number) });

    const follow = await ctx.app.inject({ method: 'POST', url: '/api/companies', headers, payload: { globalCompanyId: ids.software } });
    expect(follow.statusCode, follow.body).toBe(201);
    const again = await get(`/api/global-companies?q=${tag}&skills=typescript`);
    expect(again.items.map((item: { id: string; hasSaved: boolean }) => [item.id, item.hasSaved]).sort()).toEqual(
      [[ids.software, true], [ids.onbekend, false]].sort(),
    );
    expectProblem(await ctx.app.inject({ method: 'GET', url: `/api/global-companies?place=Atlantis`, headers }), 400, 'validation');
    expectProblem(await ctx.app.inject({ method: 'GET', url: `/api/global-companies?radiusKm=0&place=Utrecht`, headers }), 400, 'validation');
  });

  it('serves a company’s hiring trend, jobs and ranked decision makers', async () => {
    const tag = `Hire${Math.random().toString(36).slice(2, 8)}`;
    const ids = await discoveryCompanies(ctx.db, tag, new Date());
    await importRows(
      ctx.db,
      'decision-makers',
      [
        { company_website: `zorg-${tag.toLowerCase()}.nl`, name: 'Anouk Visser', title: 'Marketing Manager' },
        { company_website: `zorg-${tag.toLowerCase()}.nl`, name: 'Iris Bos', title: 'Head of Talent Acquisition', linkedin_url: 'https://www.linkedin.com/in/iris-bos', linkedin_verified: true },
      ],
      new Date(),
    );
    const hiring = await get(`/api/global-companies/${ids.zorg}/hiring`);
    expect(hiring.trend).toHaveLength(24);
    expect(hiring.trend.reduce((sum: number, month: { jobs: number }) => sum + month.jobs, 0)).toBe(3);
    expect(hiring.skills[0]).toEqual({ skill: 'Wondzorg', jobs: 2 });
    expect(hiring).toMatchObject({ openJobs: 3, totalJobs: 3 });

    const jobs = await get(`/api/global-companies/${ids.bouw}/jobs?status=open&limit=1`);
    expect(jobs.items).toHaveLength(1);
    const rest = await get(`/api/global-companies/${ids.bouw}/jobs?status=open&limit=1&cursor=${jobs.nextCursor}`);
    expect([jobs.items[0].noAgencies, rest.items[0].noAgencies].sort()).toEqual([false, true]);
    expect((await get(`/api/global-companies/${ids.software}/jobs?status=closed`)).items.map((job: { open: boolean }) => job.open)).toEqual([false]);

    // At most `limit` (default 50, at most 100), the most relevant first.
    expect((await get(`/api/global-companies/${ids.zorg}/decision-makers?limit=1`)).items.map((person: { name: string }) => person.name)).toEqual(['Iris Bos']);
    const people = (await get(`/api/global-companies/${ids.zorg}/decision-makers`)).items;
    expect(people.map((person: { name: string }) => person.name)).toEqual(['Iris Bos', 'Anouk Visser']);
    expect(people[0]).toMatchObject({ linkedinVerified: true, relevance: { score: expect.any(Number), reason: expect.any(String), reasonKey: expect.any(String) } });
    expect(people[0].relevance.score).toBeGreaterThan(people[1].relevance.score);
  });

  it('lists industries with counts and places to search around', async () => {
    const industries = (await get('/api/industries')).items;
    expect(industries.length).toBeGreaterThan(1);
    // At most `limit` (default and most 500), the most companies first.
    expect((await get('/api/industries?limit=1')).items).toEqual([industries[0]]);
    const places = (await get('/api/places?q=amst')).items;
    expect(places[0]).toMatchObject({ name: 'Amsterdam', kind: 'city' });
    expect((await get('/api/places?q=randstad')).items[0]).toMatchObject({ kind: 'region', radiusKm: expect.any(Number) });
  });

  const forge = (key: unknown) => Buffer.from(JSON.stringify(key)).toString('base64url');
  const someId = '2f1d3c4b-0000-4000-8000-000000000000';
  const FORGED_SEARCH_CURSORS: [string, unknown][] = [
    ['hotness', [40_000, someId]],
    ['hotness', [-40_000, someId]],
    ['hotness', [1.5, someId]],
    ['hotness', [1e308, someId]],
    ['hotness', [101, someId]],
    ['recent', ['1', someId]],
    ['recent', ['2024-02-30T00:00:00.000Z', someId]],
    ['recent', ['0000-01-01T00:00:00.000Z', someId]],
    ['recent', ['2024-02-30', someId]],
    ['recent', [12, someId]],
    ['name', ['a\u0000b', someId]],
    ['name', ['\ud800', someId]],
    ['name', ['x'.repeat(301), someId]],
  ];

  it.each(FORGED_SEARCH_CURSORS)('refuses a forged %s cursor %j on the search with 400, never a 5xx', async (sort, key) => {
    const response = await ctx.app.inject({ method: 'GET', url: `/api/global-companies?sort=${sort}&cursor=${forge(key)}`, headers });
    expectProblem(response, 400, 'validation');
  });

  it.each([['1'], ['2024-02-30T00:00:00Z'], ['2024-02-30T00:00:00.000Z'], ['0000-01-01T00:00:00.000Z'], ['2024-01-01T00:00:00+25:00'], [17]])(
    'refuses a forged date cursor %j on the jobs list with 400, never a 5xx',
    async (date) => {
      const ids = await discoveryCompanies(ctx.db, `Cur${Math.random().toString(36).slice(2, 8)}`, new Date());
      const response = await ctx.app.inject({ method: 'GET', url: `/api/global-companies/${ids.zorg}/jobs?cursor=${forge([date, someId])}`, headers });
      expectProblem(response, 400, 'validation');
    },
  );

  // (Half a character cannot travel in a URL: a query string is UTF-8, and a broken sequence reads as U+FFFD.)
  it.each(['q', 'industry', 'skills', 'place'])('refuses a NUL or another control character in the search filter %s with 400', async (filter) => {
    for (const value of ['a%00b', 'bel%07']) {
      expectProblem(await ctx.app.inject({ method: 'GET', url: `/api/global-companies?${filter}=${value}`, headers }), 400, 'validation');
    }
  });

  it('keeps shared data the operator’s: an agency admin can neither rename a shared company nor push jobs into another agency', async () => {
    const tag = `Own${Math.random().toString(36).slice(2, 8)}`;
    const ids = await discoveryCompanies(ctx.db, tag, new Date());
    const other = await createTestAgency(ctx.db, 'Other');
    await followCompany(ctx.db, other.recruiter, { globalCompanyId: ids.zorg });
    const shared = () => ctx.db.selectFrom('global_companies').select(['name', 'open_jobs']).where('id', '=', ids.zorg).executeTakeFirstOrThrow();
    const before = await shared();
    const notifications = () => ctx.db.selectFrom('notifications').select('id').where('agency_id', '=', other.agencyId).execute();

    const rename = `name,website\n<img src=x onerror=alert(1)>,zorg-${tag.toLowerCase()}.nl\n`;
    const upload = (kind: string, contentType: string, payload: string) =>
      ctx.app.inject({ method: 'POST', url: `/api/imports/${kind}`, headers: { ...adminHeaders, 'content-type': contentType }, payload });
    expectProblem(await upload('companies', 'text/csv', rename), 403, 'forbidden');
    const job = { company_website: `zorg-${tag.toLowerCase()}.nl`, title: 'Bel ons: 0900-BUREAU', source: 'agency', external_id: tag, posted_at: new Date().toISOString() };
    expectProblem(await upload('jobs', 'application/x-ndjson', `${JSON.stringify(job)}\n`), 403, 'forbidden');

    expect(await shared()).toEqual(before);
    expect(await ctx.db.selectFrom('jobs').select('id').where('source', '=', 'agency').execute()).toEqual([]);
    expect(await notifications()).toEqual([]);
  });

  it('imports an uploaded file for the operator, streaming progress lines and a summary', async () => {
    const tag = `Up${Math.random().toString(36).slice(2, 8)}`;
    const csv = ['name,website,location', `${tag} Een,een-${tag}.nl,Delft`, `${tag} Twee,,Leiden`, `${tag} Drie,drie-${tag}.nl,Leiden`].join('\n');
    const response = await ctx.app.inject({ method: 'POST', url: '/api/imports/companies', headers: { ...operatorHeaders, 'content-type': 'text/csv' }, payload: csv });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/x-ndjson/);
    const events = response.body.trim().split('\n').map((line) => JSON.parse(line));
    expect(events.at(-1)).toEqual({
      phase: 'done',
      bytesRead: Buffer.byteLength(csv),
      counts: { inserted: 2, updated: 0, skipped: 0, rejected: 1 },
      rejected: [{ line: 3, reason: 'needs linkedin_url or website to tell the company apart', issues: [{ code: 'missing_identifier', params: { either: 'linkedin_url', or: 'website' } }] }],
      rejectedByCode: { missing_identifier: 1 },
    });
    expect(events.slice(0, -1).every((event: { phase: string }) => event.phase === 'rows')).toBe(true);
    const search = await get(`/api/global-companies?q=${tag}&place=Leiden&radiusKm=10`);
    expect(search.items.map((item: { name: string }) => item.name)).toEqual([`${tag} Drie`]);

    const jsonl = `{"company_website":"een-${tag}.nl","title":"Planner","source":"t","external_id":"${tag}"}\n`;
    const jobs = await ctx.app.inject({ method: 'POST', url: '/api/imports/jobs', headers: { ...operatorHeaders, 'content-type': 'application/x-ndjson' }, payload: jsonl });
    const phases = jobs.body.trim().split('\n').map((line) => JSON.parse(line).phase);
    expect(phases).toEqual(['rows', 'hiring facts', 'done']);
  });

  it('shows the first 100 refused lines of an upload and counts them all', async () => {
    const tag = `Veel${Math.random().toString(36).slice(2, 8)}`;
    const csv = ['name,website', `${tag} Goed,goed-${tag}.nl`, ...Array.from({ length: 150 }, (_, i) => `${tag} ${i},`)].join('\n');
    const response = await ctx.app.inject({ method: 'POST', url: '/api/imports/companies', headers: { ...operatorHeaders, 'content-type': 'text/csv' }, payload: csv });
    const done = response.body.trim().split('\n').map((line) => JSON.parse(line)).at(-1);
    expect(done).toMatchObject({ phase: 'done', counts: { inserted: 1, updated: 0, skipped: 0, rejected: 150 }, rejectedByCode: { missing_identifier: 150 } });
    expect(done.rejected.map((row: { line: number }) => row.line)).toEqual(Array.from({ length: 100 }, (_, i) => i + 3));
  });

  it('counts the bytes of a chunked upload as they arrive and stops it with 413 at 200 MB', { timeout: 120_000 }, async () => {
    const address = await ctx.app.listen({ port: 0, host: '127.0.0.1' });
    // Lines of spaces: read and skipped quickly, so the limit is what stops the upload.
    const blank = Buffer.from(`${' '.repeat(512 * 1024 - 1)}\n`);
    const { status, body, sent } = await new Promise<{ status: number; body: string; sent: number }>((resolve, reject) => {
      let sent = 0;
      let answered = false;
      const upload = httpRequest(`${address}/api/imports/jobs`, { method: 'POST', headers: { ...operatorHeaders, 'content-type': 'application/x-ndjson', 'transfer-encoding': 'chunked' } });
      upload.on('response', (response) => {
        answered = true;
        let text = '';
        response.on('data', (chunk: Buffer) => (text += chunk.toString()));
        response.on('end', () => {
          resolve({ status: response.statusCode!, body: text, sent });
          upload.destroy();
        });
      });
      upload.on('error', (error) => (answered ? undefined : reject(error)));
      const pump = () => {
        // Up to 300 MB, as the attack sent; the server must answer long before.
        while (!answered && sent < 300 * 1024 * 1024) {
          sent += blank.length;
          if (!upload.write(blank)) return void upload.once('drain', pump);
        }
        if (!answered) upload.end();
      };
      pump();
    });
    expect(status, body).toBe(413);
    expect(JSON.parse(body)).toMatchObject({ type: '/problems/payload-too-large', status: 413 });
    expect(sent).toBeLessThan(300 * 1024 * 1024);
  });

  it('refuses imports from agency users, of unknown kinds and in other formats, writing nothing', async () => {
    const csv = 'name,website\nNooit,nooit-geimporteerd.nl\n';
    expectProblem(await ctx.app.inject({ method: 'POST', url: '/api/imports/companies', headers: { ...headers, 'content-type': 'text/csv' }, payload: csv }), 403, 'forbidden');
    expectProblem(await ctx.app.inject({ method: 'POST', url: '/api/imports/people', headers: { ...operatorHeaders, 'content-type': 'text/csv' }, payload: csv }), 400, 'validation');
    expectProblem(
      await ctx.app.inject({ method: 'POST', url: '/api/imports/companies', headers: { ...operatorHeaders, 'content-type': 'application/json' }, payload: { name: 'Nooit' } }),
      415,
      'unsupported-media-type',
    );
    expect(await ctx.db.selectFrom('global_companies').select('id').where('website_domain', '=', 'nooit-geimporteerd.nl').execute()).toEqual([]);
  });
});
