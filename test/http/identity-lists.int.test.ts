import { beforeAll, expect, it } from 'vitest';
import { createApiToken } from '../../src/identity/create-api-token.js';
import { createTestAgency, createTestUser, type TestAgency } from '../support/fixtures.js';
import { bearer, describeApi, expectProblem } from './support.js';

/** Walks a paged list to its end, `limit` at a time. */
async function walk(get: (query: Record<string, string>) => Promise<{ statusCode: number; json(): unknown }>, limit: number) {
  const pages: { id: string }[][] = [];
  let cursor: string | null = null;
  do {
    const response = await get({ limit: String(limit), ...(cursor ? { cursor } : {}) });
    expect(response.statusCode).toBe(200);
    const body = response.json() as { items: { id: string }[]; nextCursor: string | null };
    pages.push(body.items);
    cursor = body.nextCursor;
  } while (cursor && pages.length < 10);
  return pages;
}

describeApi('HTTP identity lists', (ctx) => {
  let agency: TestAgency;
  let headers: Record<string, string>;
  beforeAll(async () => {
    agency = await createTestAgency(ctx.db, 'Lijsten');
    headers = await bearer(ctx.db, agency.recruiter);
    for (let i = 0; i < 4; i++) await createApiToken(ctx.db, agency.recruiter, { name: `token ${i}` });
    for (let i = 0; i < 3; i++) await createTestUser(ctx.db, agency.agencyId, 'viewer', `Collega ${i}`);
  });

  it('pages through your API tokens, newest first, each once', async () => {
    const pages = await walk((query) => ctx.app.inject({ method: 'GET', url: '/api/tokens', query, headers }), 2);
    expect(pages.map((items) => items.length)).toEqual([2, 2, 1]);
    expect(new Set(pages.flat().map((token) => token.id)).size).toBe(5);
  });

  it("pages through the agency's users by name, each once", async () => {
    const pages = await walk((query) => ctx.app.inject({ method: 'GET', url: '/api/users', query, headers }), 3);
    expect(pages.map((items) => items.length)).toEqual([3, 3, 1]);
    expect(new Set(pages.flat().map((user) => user.id)).size).toBe(7);
  });

  it.each(['/api/tokens', '/api/users'])('%s refuses limits and cursors it does not issue', async (url) => {
    for (const limit of ['0', '1000', '0x10', '1.5', '', 'abc']) expectProblem(await ctx.app.inject({ method: 'GET', url, query: { limit }, headers }), 400, 'validation');
    const nul = Buffer.from(JSON.stringify(['\u0000', '2f1d3c4b-0000-4000-8000-000000000000'])).toString('base64url');
    for (const cursor of ['nonsense', Buffer.from('["x"]').toString('base64url'), nul]) expectProblem(await ctx.app.inject({ method: 'GET', url, query: { cursor }, headers }), 400, 'validation');
  });
});
