import { beforeAll, expect, it } from 'vitest';
import { createTestAgency, snapshot, type TestAgency } from '../support/fixtures.js';
import { bearer, describeApi, expectProblem, operatorBearer } from './support.js';
import { AGENCY_ID_KINDS, documentedOperations, fixtureIds, OPERATIONS, requestFor, sessionHeaders } from './operations.js';

const protectedOperations = Object.keys(OPERATIONS).filter((op) => !OPERATIONS[op]!.public);
const operationsWithAgencyId = Object.keys(OPERATIONS).filter((op) => AGENCY_ID_KINDS.includes(OPERATIONS[op]!.id!));

describeApi('HTTP isolation', (ctx) => {
  let mine: TestAgency;
  let theirs: TestAgency;
  let myHeaders: Record<string, string>;
  let theirHeaders: Record<string, string>;
  let operatorHeaders: Record<string, string>;
  beforeAll(async () => {
    mine = await createTestAgency(ctx.db, 'Mine');
    theirs = await createTestAgency(ctx.db, 'Theirs');
    myHeaders = await bearer(ctx.db, mine.admin);
    theirHeaders = await bearer(ctx.db, theirs.admin);
    operatorHeaders = await operatorBearer(ctx.db);
  });

  it('lists every documented operation, and nothing more', async () => {
    const documented = await documentedOperations(ctx.app);
    expect(documented.sort()).toEqual(Object.keys(OPERATIONS).sort());
  });

  it.each(protectedOperations)('%s refuses callers without credentials with 401', async (operation) => {
    const ids = await fixtureIds(ctx.db, mine.admin);
    const before = await snapshot(ctx.db, mine.agencyId);
    const attempts: Record<string, string>[] = [{}, { authorization: 'Bearer cpt_forged' }, { cookie: 'cp_session=cps_forged' }, { authorization: 'Basic YTpi' }];
    for (const headers of attempts) {
      expectProblem(await ctx.app.inject(requestFor(operation, ids, { headers })), 401, 'unauthorized');
    }
    expect(await snapshot(ctx.db, mine.agencyId)).toEqual(before);
  });

  it.each(protectedOperations.filter((op) => !OPERATIONS[op]!.stream))('%s succeeds for the owner with the fixture request', async (operation) => {
    // Shared data is the platform operator's to write; token-refusing operations are called with a session.
    const headers = OPERATIONS[operation]!.operator ? operatorHeaders : OPERATIONS[operation]!.session ? await sessionHeaders(ctx.db, mine.admin) : myHeaders;
    const response = await ctx.app.inject(requestFor(operation, await fixtureIds(ctx.db, mine.admin), { headers }));
    expect(response.statusCode, response.body).toBeLessThan(300);
  });

  it.each(operationsWithAgencyId)("%s answers 404 for another agency's record and changes nothing", async (operation) => {
    const ids = await fixtureIds(ctx.db, mine.admin);
    const before = await snapshot(ctx.db, mine.agencyId);
    expectProblem(await ctx.app.inject(requestFor(operation, ids, { headers: theirHeaders })), 404, 'not-found');
    expect(await snapshot(ctx.db, mine.agencyId)).toEqual(before);
    // The same record stays reachable for its owner: the 404 was isolation, not a bad request.
    const own = await ctx.app.inject(requestFor(operation, ids, { headers: myHeaders }));
    expect(own.statusCode, own.body).toBeLessThan(300);
  });

  it('shares global companies but scopes hasSaved and lastViewedAt to the caller', async () => {
    const ids = await fixtureIds(ctx.db, mine.admin);
    await ctx.app.inject({ method: 'POST', url: '/api/companies', headers: myHeaders, payload: { globalCompanyId: ids.globalCompany } });
    const before = (await ctx.app.inject({ method: 'GET', url: `/api/global-companies/${ids.globalCompany}`, headers: myHeaders })).json();
    // Reading is pure; the page records the view with its own POST.
    expect(before).toMatchObject({ lastViewedAt: null });
    const recorded = await ctx.app.inject({ method: 'POST', url: `/api/global-companies/${ids.globalCompany}/views`, headers: myHeaders });
    expect(recorded.json()).toMatchObject({ viewedAt: expect.any(String), previousViewAt: null });
    const mineSeen = (await ctx.app.inject({ method: 'GET', url: `/api/global-companies/${ids.globalCompany}`, headers: myHeaders })).json();
    expect(mineSeen).toMatchObject({ hasSaved: true, lastViewedAt: expect.any(String) });
    const theirsSeen = (await ctx.app.inject({ method: 'GET', url: `/api/global-companies/${ids.globalCompany}`, headers: theirHeaders })).json();
    expect(theirsSeen).toMatchObject({ hasSaved: false, companyId: null, lastViewedAt: null });
  });
});
