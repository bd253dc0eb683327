import { randomUUID } from 'node:crypto';
import { beforeAll, expect, it } from 'vitest';
import { createTestAgency, followNewCompany, type TestAgency } from '../support/fixtures.js';
import { bearer, describeApi, expectProblem } from './support.js';

const DUTCH = { 'accept-language': 'nl-NL,nl;q=0.9,en;q=0.8' };
const ENGLISH = { 'accept-language': 'en-GB,en;q=0.9,nl;q=0.5' };

describeApi('HTTP problems in the client’s language', (ctx) => {
  let agency: TestAgency;
  let auth: Record<string, string>;
  let companyId: string;
  beforeAll(async () => {
    agency = await createTestAgency(ctx.db);
    auth = await bearer(ctx.db, agency.recruiter);
    companyId = await followNewCompany(ctx.db, agency.recruiter);
  });

  it('words a wrong login in Dutch or English, and says which', async () => {
    const login = { method: 'POST' as const, url: '/api/auth/login', payload: { email: 'nobody@example.test', password: 'wrong password' } };
    const nl = await ctx.app.inject({ ...login, headers: DUTCH });
    expect(expectProblem(nl, 401, 'unauthorized')).toMatchObject({ title: 'Niet ingelogd', detail: 'Verkeerd e-mailadres of wachtwoord.' });
    expect(nl.headers['content-language']).toBe('nl');
    expect(nl.headers.vary).toMatch(/accept-language/i);
    const en = await ctx.app.inject({ ...login, headers: ENGLISH });
    expect(expectProblem(en, 401)).toMatchObject({ title: 'Not logged in', detail: 'Wrong e-mail address or password.' });
    expect(en.headers['content-language']).toBe('en');
    const unspecified = await ctx.app.inject(login);
    expect(expectProblem(unspecified, 401).detail).toBe('Wrong e-mail address or password.');
  });

  it('translates domain errors with their parts', async () => {
    const id = randomUUID();
    const missing = await ctx.app.inject({ method: 'GET', url: `/api/companies/${id}`, headers: { ...auth, ...DUTCH } });
    expect(expectProblem(missing, 404, 'not-found')).toMatchObject({ title: 'Niet gevonden', detail: `Bedrijf ${id} niet gevonden.` });
    const move = await ctx.app.inject({ method: 'POST', url: `/api/companies/${companyId}/status`, headers: { ...auth, ...DUTCH }, payload: { status: 'lost' } });
    expect(expectProblem(move, 422, 'loss-reason-required').detail).toBe("Naar 'lost' verplaatsen vraagt een reden van verlies.");
    const viewer = await bearer(ctx.db, agency.viewer);
    const forbidden = await ctx.app.inject({ method: 'POST', url: `/api/companies/${companyId}/notes`, headers: { ...viewer, ...DUTCH }, payload: { body: 'x' } });
    expect(expectProblem(forbidden, 403, 'forbidden').detail).toBe('Je hebt geen toestemming om bedrijven te wijzigen.');
  });

  it('translates validation errors: our own field messages and zod’s', async () => {
    const search = await ctx.app.inject({ method: 'GET', url: '/api/global-companies?q=a%00b', headers: { ...auth, ...DUTCH } });
    expect(expectProblem(search, 400, 'validation')).toMatchObject({
      title: 'Het verzoek is niet geldig',
      detail: 'Ongeldige invoer: querystring.q: mag geen stuurtekens bevatten',
      issues: [{ path: 'querystring.q', message: 'mag geen stuurtekens bevatten' }],
    });
    const english = await ctx.app.inject({ method: 'GET', url: '/api/global-companies?q=a%00b', headers: { ...auth, ...ENGLISH } });
    expect(expectProblem(english, 400).detail).toBe('Invalid input: querystring.q: must not contain control characters');

    const wrongType = await ctx.app.inject({ method: 'POST', url: `/api/companies/${companyId}/notes`, headers: { ...auth, ...DUTCH }, payload: { body: 12345, extra: true } });
    expect(expectProblem(wrongType, 400).issues).toEqual([
      { path: 'body.body', message: 'Ongeldige invoer: verwacht string, ontving getal' },
      { path: 'body', message: 'Onbekende key: "extra"' },
    ]);
    const limit = await ctx.app.inject({ method: 'GET', url: '/api/companies?limit=0x10', headers: { ...auth, ...DUTCH } });
    expect(expectProblem(limit, 400).issues).toEqual([{ path: 'querystring.limit', message: 'moet een geheel getal van 1 tot en met 200 zijn' }]);
  });

  it('translates the framework’s own refusals and unknown routes', async () => {
    const json = await ctx.app.inject({ method: 'POST', url: `/api/companies/${companyId}/notes`, headers: { ...auth, ...DUTCH, 'content-type': 'application/json' }, payload: '{"body":' });
    expect(expectProblem(json, 400).detail).toBe('De inhoud is geen geldige JSON.');
    const form = await ctx.app.inject({ method: 'POST', url: `/api/companies/${companyId}/notes`, headers: { ...auth, ...DUTCH, 'content-type': 'application/x-www-form-urlencoded' }, payload: 'a=b' });
    expect(expectProblem(form, 415).detail).toBe('Stuur JSON (application/json), geen application/x-www-form-urlencoded.');
    const route = await ctx.app.inject({ method: 'GET', url: '/api/nope', headers: DUTCH });
    expect(expectProblem(route, 404).detail).toBe('GET /api/nope bestaat niet.');
  });
});
