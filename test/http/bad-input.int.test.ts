import fc from 'fast-check';
import { beforeAll, expect, it } from 'vitest';
import { createTestAgency, snapshot, type TestAgency } from '../support/fixtures.js';
import { bearer, describeApi, expectProblem } from './support.js';
import { fixtureIds, OPERATIONS, requestFor, type FixtureIds } from './operations.js';

const withBody = Object.keys(OPERATIONS).filter((op) => OPERATIONS[op]!.body);
const withId = Object.keys(OPERATIONS).filter((op) => OPERATIONS[op]!.id);
const withCursor = ['GET /api/companies', 'GET /api/companies/{id}/activities', 'GET /api/global-companies', 'GET /api/global-companies/{id}/jobs', 'GET /api/notifications'];
const withLimit = [
  'GET /api/companies',
  'GET /api/companies/{id}/activities',
  'GET /api/global-companies',
  'GET /api/global-companies/{id}/jobs',
  'GET /api/global-companies/{id}/decision-makers',
  'GET /api/industries',
  'GET /api/notifications',
];

const BAD_IDS = ['abc', '1 or 1=1', '00000000-0000-0000-0000-00000000000g', `${'a'.repeat(300)}`, '%00', '../../etc/passwd'];

describeApi('HTTP bad input', (ctx) => {
  let agency: TestAgency;
  let headers: Record<string, string>;
  let ids: FixtureIds;
  beforeAll(async () => {
    agency = await createTestAgency(ctx.db);
    headers = await bearer(ctx.db, agency.admin);
    ids = await fixtureIds(ctx.db, agency.admin);
  });

  /** Sends a request that must be refused: a 4xx problem, never a 5xx, and nothing written. */
  async function expectRefused(operation: string, overrides: Parameters<typeof requestFor>[2], status = 400) {
    const before = await snapshot(ctx.db, agency.agencyId);
    const response = await ctx.app.inject(requestFor(operation, ids, { ...overrides, headers: { ...headers, ...overrides?.headers } }));
    expectProblem(response, status);
    expect(await snapshot(ctx.db, agency.agencyId)).toEqual(before);
    return response;
  }

  it.each(withBody)('%s refuses malformed JSON, non-object bodies and unknown fields', async (operation) => {
    const json = { 'content-type': 'application/json' };
    for (const raw of ['{"a":', '{]', "{'single': 1}", '']) {
      await expectRefused(operation, { body: raw, headers: json });
    }
    for (const body of [[], 'text', 42, null, true]) {
      await expectRefused(operation, { body: JSON.stringify(body), headers: json });
    }
    const valid = OPERATIONS[operation]!.body!(ids);
    const unknown = await expectRefused(operation, { body: { ...valid, isAdmin: true } });
    expect(unknown.json().detail).toMatch(/isAdmin|Unrecognized/i);
    await expectRefused(operation, { body: 'a=b', headers: { 'content-type': 'application/x-www-form-urlencoded' } }, 415);
  });

  it.each(withBody)('%s refuses wrong types and oversize strings in every field', async (operation) => {
    const valid = OPERATIONS[operation]!.body!(ids);
    for (const [field, value] of Object.entries(valid)) {
      const wrong = typeof value === 'string' ? 12345 : typeof value === 'boolean' ? 'yes' : 'not-an-array';
      await expectRefused(operation, { body: { ...valid, [field]: wrong } });
      if (typeof value === 'string') await expectRefused(operation, { body: { ...valid, [field]: 'x'.repeat(25_000) } });
    }
  });

  it.each(withBody)('%s refuses a body over the size limit with 413', async (operation) => {
    const valid = OPERATIONS[operation]!.body!(ids);
    await expectRefused(operation, { body: { ...valid, padding: 'x'.repeat(300 * 1024) } }, 413);
  });

  it.each(withId)('%s refuses ids that are not UUIDs', async (operation) => {
    for (const id of BAD_IDS) {
      const response = await expectRefused(operation, { id });
      expect(response.json().type).toBe('/problems/validation');
    }
  });

  it.each(withCursor)('%s refuses cursors it did not issue', async (operation) => {
    for (const cursor of ['nonsense', Buffer.from('["x"]').toString('base64url'), Buffer.from('{}').toString('base64url'), 'x'.repeat(600)]) {
      await expectRefused(operation, { query: { cursor } });
    }
  });

  it.each(withLimit)('%s refuses limits that are not whole numbers in range', async (operation) => {
    for (const limit of ['abc', '-1', '0', '100000', '1.5']) await expectRefused(operation, { query: { limit } });
  });

  it.each(withBody)('%s never answers 5xx to generated bodies, and writes nothing when it refuses', async (operation) => {
    const valid = OPERATIONS[operation]!.body!(ids);
    // Mutations of the valid body: fields replaced by arbitrary JSON, dropped, or joined by strangers.
    const mutated = fc.oneof(
      fc.record(Object.fromEntries(Object.keys(valid).map((key) => [key, fc.jsonValue()])), { requiredKeys: [] }),
      fc.dictionary(fc.string({ maxLength: 12 }), fc.jsonValue(), { maxKeys: 4 }),
      fc.jsonValue(),
    );
    await fc.assert(
      fc.asyncProperty(mutated, async (body) => {
        const before = await snapshot(ctx.db, agency.agencyId);
        const response = await ctx.app.inject(requestFor(operation, ids, { body: JSON.stringify(body), headers: { ...headers, 'content-type': 'application/json' } }));
        expect(response.statusCode, response.body).toBeLessThan(500);
        if (response.statusCode >= 400) {
          expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
          expect(await snapshot(ctx.db, agency.agencyId)).toEqual(before);
        }
      }),
      { numRuns: 25 },
    );
  });
});
