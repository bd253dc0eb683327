import fc from 'fast-check';
import { beforeAll, expect, it } from 'vitest';
import { createTestAgency, snapshot, type TestAgency } from '../support/fixtures.js';
import { bearer, describeApi, expectProblem } from './support.js';
import { documentedParameters, fixtureIds, OPERATIONS, requestFor, type FixtureIds } from './operations.js';

const withBody = Object.keys(OPERATIONS).filter((op) => OPERATIONS[op]!.body);
const withId = Object.keys(OPERATIONS).filter((op) => OPERATIONS[op]!.id);
const withCursor = ['GET /api/companies', 'GET /api/contacts', 'GET /api/companies/{id}/activities', 'GET /api/global-companies', 'GET /api/global-companies/{id}/jobs', 'GET /api/notifications'];
const withLimit = [
  'GET /api/companies',
  'GET /api/contacts',
  'GET /api/companies/{id}/activities',
  'GET /api/global-companies',
  'GET /api/global-companies/{id}/jobs',
  'GET /api/global-companies/{id}/decision-makers',
  'GET /api/industries',
  'GET /api/notifications',
];

const BAD_IDS = ['abc', '1 or 1=1', '00000000-0000-0000-0000-00000000000g', `${'a'.repeat(300)}`, '%00', '../../etc/passwd'];

/** Characters PostgreSQL cannot store (NUL in text, unpaired surrogates in JSON) or that no text field takes. */
const HOSTILE = ['\u0000', '\uD800', '\uDFFF', '\u0007', '\u001B', '\u009F'];
/** What `Number()` takes for a number and a strict decimal parser does not. */
const NOT_DECIMAL = ['0x10', '0b1', '0o7', '1e1', ' 5', '5 ', '+5', '5.0', '', 'Infinity'];

const UUID = '2f1d3c4b-0000-4000-8000-000000000000';
const STAMP = '2024-03-01T10:00:00.000Z';
const cursorOf = (key: unknown) => Buffer.from(JSON.stringify(key)).toString('base64url');
/** Values a forged cursor may carry where the server writes a timestamp, an id, a sequence number, a hotness or a name. */
const FORGED = {
  timestamp: ['1', '2024-02-30', '2024-02-30T10:00:00.000Z', '0000-01-01T00:00:00.000Z', '2024-03-01T10:00:00Z', '+275760-09-13T00:00:00.000Z', 1, 'a\u0000', null],
  id: ['x', 1, 'a\u0000', null],
  seq: [1e308, 1.5, -1.5, 2 ** 53, '1', null],
  hotness: [40000, -40000, 1.5, 1e308, '50', null],
  name: ['a\u0000b', '\uD800', 'x'.repeat(401), 1.5, null],
  /** The companies page's cursor names its sort and direction (the request's are `moved` and `desc`), and its value is PostgreSQL's to the microsecond. */
  companySort: ['name', 'x', 1, null],
  direction: ['asc', 'up', 1, null],
  microseconds: ['1', '2024-02-30T10:00:00.000000Z', '0000-01-01T00:00:00.000000Z', '2024-03-01T10:00:00.000Z', '2024-03-01T10:00:00Z', 1, 'a\u0000', null],
} as const;
type Part = keyof typeof FORGED;
/** Each list's cursor as the server issues it: the parts of the key, a valid example, and the query it belongs to. */
const CURSORS: { operation: string; query?: Record<string, string>; parts: Part[]; example: unknown[] }[] = [
  { operation: 'GET /api/companies', parts: ['companySort', 'direction', 'microseconds', 'id'], example: ['moved', 'desc', '2024-03-01T10:00:00.000000Z', UUID] },
  { operation: 'GET /api/companies/{id}/activities', parts: ['timestamp', 'seq'], example: [STAMP, 1] },
  { operation: 'GET /api/contacts', parts: ['name', 'id'], example: ['Anna Jansen', UUID] },
  { operation: 'GET /api/notifications', parts: ['timestamp', 'id'], example: [STAMP, UUID] },
  { operation: 'GET /api/global-companies', query: { sort: 'hotness' }, parts: ['hotness', 'id'], example: [50, UUID] },
  { operation: 'GET /api/global-companies', query: { sort: 'recent' }, parts: ['timestamp', 'id'], example: [STAMP, UUID] },
  { operation: 'GET /api/global-companies', query: { sort: 'name' }, parts: ['name', 'id'], example: ['acme', UUID] },
  { operation: 'GET /api/global-companies/{id}/jobs', parts: ['timestamp', 'id'], example: [STAMP, UUID] },
];

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
    const english = expectProblem(response, status) as { detail: string; issues?: { message: string }[] };
    expect(await snapshot(ctx.db, agency.agencyId)).toEqual(before);
    // The same refusal in Dutch: every text has a translation.
    const dutch = await ctx.app.inject(requestFor(operation, ids, { ...overrides, headers: { ...headers, ...overrides?.headers, 'accept-language': 'nl' } }));
    const translated = expectProblem(dutch, status) as typeof english;
    expect(translated.detail, english.detail).not.toBe(english.detail);
    for (const [index, issue] of (english.issues ?? []).entries()) expect(translated.issues?.[index]?.message, issue.message).not.toBe(issue.message);
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
    const envelopes = [
      'nonsense!',
      `${cursorOf(['x'])}=`,
      Buffer.from('["x"]').toString('base64'),
      cursorOf('5'),
      cursorOf(null),
      Buffer.from([0x5b, 0xff, 0xfe, 0x5d]).toString('base64url'),
      Buffer.from('["x"]').toString('base64url'),
      Buffer.from('{}').toString('base64url'),
      'x'.repeat(600),
    ];
    for (const cursor of envelopes) await expectRefused(operation, { query: { cursor } });
  });

  it.each(CURSORS.map((c) => [`${c.operation}${c.query ? ` ?sort=${c.query.sort}` : ''}`, c] as const))(
    '%s accepts its own cursor shape and refuses every forged part',
    async (_name, { operation, query, parts, example }) => {
      const valid = await ctx.app.inject(requestFor(operation, ids, { query: { ...query, cursor: cursorOf(example) }, headers }));
      expect(valid.statusCode, valid.body).toBe(200);
      for (const [index, part] of parts.entries()) {
        for (const forged of FORGED[part]) {
          const key = example.map((value, i) => (i === index ? forged : value));
          const refused = await expectRefused(operation, { query: { ...query, cursor: cursorOf(key) } });
          expect(refused.json().issues, JSON.stringify(key)).toEqual([expect.objectContaining({ path: expect.stringMatching(/^(querystring\.)?cursor$/) })]);
        }
      }
      await expectRefused(operation, { query: { ...query, cursor: cursorOf([...example, 1]) } });
    },
  );

  it.each(withLimit)('%s refuses limits that are not whole numbers in range', async (operation) => {
    for (const limit of ['abc', '-1', '0', '100000', '1.5']) await expectRefused(operation, { query: { limit } });
  });

  it.each(withBody)('%s refuses control characters and unpaired surrogates in every text field', async (operation) => {
    const valid = OPERATIONS[operation]!.body!(ids);
    for (const [field, value] of Object.entries(valid)) {
      const texts = typeof value === 'string' ? [value] : Array.isArray(value) && typeof value[0] === 'string' ? value : null;
      if (!texts) continue;
      for (const char of HOSTILE) {
        const hostile = `${texts[0]!.slice(0, 3)}${char}${texts[0]!.slice(3)}`;
        const refused = await expectRefused(operation, { body: { ...valid, [field]: typeof value === 'string' ? hostile : [hostile] } });
        expect(refused.json().issues, `${field} with U+${char.charCodeAt(0).toString(16)}`).toEqual(
          expect.arrayContaining([expect.objectContaining({ path: expect.stringMatching(new RegExp(`^body\\.${field}(\\.|$)`)) })]),
        );
      }
    }
  });

  it('every operation refuses control characters in every query parameter, and non-decimal numbers', async () => {
    const parameters = await documentedParameters(ctx.app);
    let checked = 0;
    for (const [operation, query] of Object.entries(parameters)) {
      if (!OPERATIONS[operation] || OPERATIONS[operation]!.stream) continue;
      for (const { name, schema } of query) {
        const valid = OPERATIONS[operation]!.query?.[name] ?? 'x';
        const values = ['\u0000', '\u0007', '\u007F'].map((char) => `${valid}${char}`);
        if (schema.type === 'integer') values.push(...NOT_DECIMAL.map((text) => text.replace('5', valid === 'x' ? '5' : valid)));
        for (const value of values) {
          const refused = await expectRefused(operation, { query: { ...OPERATIONS[operation]!.query, [name]: value } });
          expect(refused.json().issues, `${operation} ?${name}=${JSON.stringify(value)}`).toEqual(
            expect.arrayContaining([expect.objectContaining({ path: `querystring.${name}` })]),
          );
          checked += 1;
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('refuses meeting, reminder and period dates outside the years 1900–2200', async () => {
    for (const at of ['0001-01-01T10:00:00Z', '1899-12-31T23:00:00Z', '2201-01-01T10:00:00Z', '9999-12-31T10:00:00Z']) {
      const refused = await expectRefused('POST /api/companies/{id}/meetings', { body: { at, attendees: ['Jan'] } });
      expect(refused.json().issues).toEqual([expect.objectContaining({ path: 'body.at' })]);
      await expectRefused('POST /api/companies/{id}/reminders', { body: { dueAt: at } });
    }
    await expectRefused('GET /api/analytics/pipeline', { query: { from: '0001-01-01', to: '0001-06-01' } });
    await expectRefused('GET /api/analytics/pipeline', { query: { from: '9999-01-01', to: '9999-06-01' } });
  });

  it('refuses a contact LinkedIn URL with a broken or hostile %-escape', async () => {
    for (const linkedinUrl of ['https://www.linkedin.com/in/%E0%A4%A', 'https://www.linkedin.com/in/%ED%A0%80', 'https://www.linkedin.com/in/jan%00']) {
      const refused = await expectRefused('POST /api/companies/{id}/contacts', { body: { name: 'Jan de Vries', linkedinUrl } });
      expect(refused.json().issues).toEqual([expect.objectContaining({ path: 'body.linkedinUrl' })]);
    }
  });

  it.each(withBody)('%s never answers 5xx to generated bodies, and writes nothing when it refuses', async (operation) => {
    const valid = OPERATIONS[operation]!.body!(ids);
    // Mutations of the valid body: fields replaced by arbitrary JSON, dropped, or joined by strangers.
    // Strings mix printable text with NUL, other control characters and unpaired surrogates.
    const json = fc.jsonValue({ stringUnit: hostileUnit });
    const mutated = fc.oneof(
      fc.record(Object.fromEntries(Object.keys(valid).map((key) => [key, fc.oneof(json, hostileString)])), { requiredKeys: [] }),
      fc.dictionary(fc.string({ maxLength: 12 }), json, { maxKeys: 4 }),
      json,
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

  // Every documented query parameter of every operation: the companies list alone has twenty.
  it('no operation answers 5xx to generated query strings', { timeout: 480_000 }, async () => {
    const parameters = await documentedParameters(ctx.app);
    for (const [operation, query] of Object.entries(parameters)) {
      if (!OPERATIONS[operation] || OPERATIONS[operation]!.stream) continue;
      const values = fc.oneof(hostileString, fc.constantFrom(...NOT_DECIMAL), fc.integer().map(String));
      await fc.assert(
        fc.asyncProperty(fc.record(Object.fromEntries(query.map(({ name }) => [name, values])), { requiredKeys: [] }), async (generated) => {
          const request = requestFor(operation, ids, { headers });
          // Percent-encodes the UTF-8 bytes (an unpaired surrogate travels as U+FFFD, as any client would send it).
          const search = Object.entries(generated).map(([name, value]) => `${name}=${[...Buffer.from(value ?? "")].map((byte) => `%${byte.toString(16).padStart(2, '0')}`).join('')}`);
          const response = await ctx.app.inject({ ...request, query: undefined, url: `${request.url}?${search.join('&')}` });
          expect(response.statusCode, `${operation} ${JSON.stringify(generated)}: ${response.body}`).toBeLessThan(500);
        }),
        { numRuns: 15 },
      );
    }
  });
});

const hostileUnit = fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 }));
const hostileString = fc.string({ unit: hostileUnit, maxLength: 20 });
