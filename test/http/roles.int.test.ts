import { beforeAll, expect, it } from 'vitest';
import { createTestAgency, snapshot, type TestAgency } from '../support/fixtures.js';
import { bearer, describeApi, expectProblem } from './support.js';
import { fixtureIds, OPERATIONS, requestFor } from './operations.js';

// Personal API tokens, notifications, one's own password, one's own "last viewed" and saved views of the companies page are the user's own; a viewer may manage theirs.
const PERSONAL = new Set([
  'POST /api/tokens',
  'POST /api/auth/password',
  'PATCH /api/me',
  'DELETE /api/tokens/{id}',
  'POST /api/notifications/{id}/read',
  'POST /api/notifications/read-all',
  'POST /api/company-views',
  'PATCH /api/company-views/{id}',
  'DELETE /api/company-views/{id}',
  'POST /api/companies/{id}/views',
  'POST /api/global-companies/{id}/views',
]);
const writes = Object.keys(OPERATIONS).filter((op) => !op.startsWith('GET') && !OPERATIONS[op]!.public && !PERSONAL.has(op));
const reads = Object.keys(OPERATIONS).filter((op) => op.startsWith('GET') && !OPERATIONS[op]!.public && !OPERATIONS[op]!.stream && !OPERATIONS[op]!.admin);
const adminOnly = Object.keys(OPERATIONS).filter((op) => OPERATIONS[op]!.admin);

describeApi('HTTP roles', (ctx) => {
  let agency: TestAgency;
  let viewer: Record<string, string>;
  let recruiter: Record<string, string>;
  let admin: Record<string, string>;
  beforeAll(async () => {
    agency = await createTestAgency(ctx.db);
    viewer = await bearer(ctx.db, agency.viewer);
    recruiter = await bearer(ctx.db, agency.recruiter);
    admin = await bearer(ctx.db, agency.admin);
  });

  it.each(writes)('a viewer cannot %s', async (operation) => {
    const ids = await fixtureIds(ctx.db, agency.admin);
    const before = await snapshot(ctx.db, agency.agencyId);
    expectProblem(await ctx.app.inject(requestFor(operation, ids, { headers: viewer })), 403, 'forbidden');
    expect(await snapshot(ctx.db, agency.agencyId)).toEqual(before);
  });

  it.each(reads)('a viewer can %s', async (operation) => {
    const response = await ctx.app.inject(requestFor(operation, await fixtureIds(ctx.db, agency.admin), { headers: viewer }));
    expect(response.statusCode, response.body).toBe(200);
  });

  it.each(Object.keys(OPERATIONS).filter((op) => OPERATIONS[op]!.operator))('no agency role can %s, not even an admin: shared data is the operator’s', async (operation) => {
    const ids = await fixtureIds(ctx.db, agency.admin);
    for (const actor of [agency.admin, agency.manager, agency.recruiter, agency.viewer]) {
      const before = await snapshot(ctx.db, agency.agencyId);
      expectProblem(await ctx.app.inject(requestFor(operation, ids, { headers: await bearer(ctx.db, actor) })), 403, 'forbidden');
      expect(await snapshot(ctx.db, agency.agencyId)).toEqual(before);
    }
  });

  it.each(adminOnly)('only an admin can %s: a manager, recruiter and viewer are refused and nothing changes', async (operation) => {
    const ids = await fixtureIds(ctx.db, agency.admin);
    for (const actor of [agency.manager, agency.recruiter, agency.viewer]) {
      const before = await snapshot(ctx.db, agency.agencyId);
      expectProblem(await ctx.app.inject(requestFor(operation, ids, { headers: await bearer(ctx.db, actor) })), 403, 'forbidden');
      expect(await snapshot(ctx.db, agency.agencyId)).toEqual(before);
    }
    const own = await ctx.app.inject(requestFor(operation, ids, { headers: admin }));
    expect(own.statusCode, own.body).toBeLessThan(300);
  });

  it('a recruiter cannot manage users; an admin can, within their own agency', async () => {
    const ids = await fixtureIds(ctx.db, agency.admin);
    expectProblem(await ctx.app.inject(requestFor('POST /api/users', ids, { headers: recruiter })), 403, 'forbidden');
    const created = await ctx.app.inject(requestFor('POST /api/users', ids, { headers: admin, body: { email: 'Nieuw@Bureau.nl', password: 'een-lang-geheim-wachtwoord', role: 'manager', name: 'Nieuwe Collega' } }));
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ email: 'nieuw@bureau.nl', role: 'manager', name: 'Nieuwe Collega' });
    const row = await ctx.db.selectFrom('users').select(['agency_id', 'password_hash']).where('email', '=', 'nieuw@bureau.nl').executeTakeFirstOrThrow();
    expect(row.agency_id).toBe(agency.agencyId);
    expect(row.password_hash).toMatch(/^scrypt\$/);
    expect(created.body).not.toContain('scrypt');

    const again = await ctx.app.inject(requestFor('POST /api/users', ids, { headers: admin, body: { email: 'nieuw@bureau.nl', password: 'een-lang-geheim-wachtwoord', role: 'viewer' } }));
    expectProblem(again, 409, 'conflict');
  });

  it('a recruiter and a manager can work the pipeline', async () => {
    for (const headers of [recruiter, await bearer(ctx.db, agency.manager)]) {
      const ids = await fixtureIds(ctx.db, agency.admin);
      const moved = await ctx.app.inject(requestFor('POST /api/companies/{id}/status', ids, { headers, body: { status: 'meeting' } }));
      expect(moved.statusCode, moved.body).toBe(200);
    }
  });
});
