import { beforeAll, expect, it } from 'vitest';
import { createAgency } from '../../src/identity/create-agency.js';
import { createTestAgency } from '../support/fixtures.js';
import { bearer, describeApi, expectProblem } from './support.js';
import { sessionHeaders } from './operations.js';

const ORIGIN = 'http://localhost:80';

describeApi('HTTP authentication', (ctx) => {
  let email: string;
  beforeAll(async () => {
    email = `owner-${ctx.database.name}@bureau.example`;
    await createAgency(ctx.db, { name: 'Bureau', adminEmail: email, adminPassword: 'juist-en-lang-wachtwoord', adminName: 'Olga Owner' });
  });

  const login = (password: string, extra: Record<string, string> = {}, who = email) =>
    ctx.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: who, password }, headers: extra });

  it('logs in with a session cookie that is httpOnly and SameSite=Lax, and /api/me knows the user', async () => {
    const response = await login('juist-en-lang-wachtwoord', { origin: ORIGIN });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ user: { email, name: 'Olga Owner', role: 'admin', agency: { name: 'Bureau' } } });
    const setCookie = String(response.headers['set-cookie']);
    expect(setCookie).toMatch(/^cp_session=cps_[\w-]{43}; Max-Age=1209600; Path=\/; HttpOnly; SameSite=Lax$/);
    const cookie = setCookie.split(';')[0]!;
    const me = await ctx.app.inject({ method: 'GET', url: '/api/me', headers: { cookie } });
    expect(me.json()).toMatchObject({ email, role: 'admin' });

    // The stored session is a hash, not the secret.
    const stored = await ctx.db.selectFrom('sessions').select('token_hash').execute();
    expect(stored.map((s) => s.token_hash)).not.toContain(cookie.split('=')[1]);

    const logout = await ctx.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie, origin: ORIGIN } });
    expect(logout.statusCode).toBe(204);
    expectProblem(await ctx.app.inject({ method: 'GET', url: '/api/me', headers: { cookie } }), 401, 'unauthorized');
  });

  it('gives one message for a wrong password and an unknown e-mail', async () => {
    const wrong = expectProblem(await login('fout'), 401, 'unauthorized');
    const unknown = expectProblem(await login('fout', {}, 'niemand@bureau.example'), 401, 'unauthorized');
    expect(wrong.detail).toBe(unknown.detail);
  });

  // Throttling, on a clock the tests move: login-throttle.int.test.ts.

  it('refuses cookie-authenticated writes from another site (CSRF)', async () => {
    const cookie = String((await login('juist-en-lang-wachtwoord')).headers['set-cookie']).split(';')[0]!;
    const write = (headers: Record<string, string>) =>
      ctx.app.inject({ method: 'POST', url: '/api/tokens', payload: { name: 'csrf' }, headers: { cookie, ...headers } });
    expectProblem(await write({}), 403, 'forbidden');
    expectProblem(await write({ origin: 'https://evil.example' }), 403, 'forbidden');
    expectProblem(await write({ referer: 'https://evil.example/page' }), 403, 'forbidden');
    expect((await write({ origin: ORIGIN })).statusCode).toBe(201);
    expect((await write({ referer: `${ORIGIN}/board` })).statusCode).toBe(201);
    // Reads need no origin, and cross-site login attempts are refused too.
    expect((await ctx.app.inject({ method: 'GET', url: '/api/me', headers: { cookie } })).statusCode).toBe(200);
    expectProblem(await login('juist-en-lang-wachtwoord', { origin: 'https://evil.example' }), 403, 'forbidden');
  });

  it('issues API tokens once, lists them without secrets, and revokes them', async () => {
    const agency = await createTestAgency(ctx.db);
    // Only a session mints tokens (sessions.int.test.ts).
    const created = await ctx.app.inject({ method: 'POST', url: '/api/tokens', payload: { name: 'Zapier' }, headers: await sessionHeaders(ctx.db, agency.recruiter) });
    expect(created.statusCode).toBe(201);
    const { id, token } = created.json() as { id: string; token: string };
    expect(token).toMatch(/^cpt_[\w-]{43}$/);
    const auth = { authorization: `Bearer ${token}` };
    expect((await ctx.app.inject({ method: 'GET', url: '/api/me', headers: auth })).json()).toMatchObject({ id: agency.recruiter.userId });

    const list = await ctx.app.inject({ method: 'GET', url: '/api/tokens', headers: auth });
    expect(list.body).not.toContain(token);
    expect(list.json().items).toEqual(expect.arrayContaining([expect.objectContaining({ id, name: 'Zapier', lastUsedAt: expect.any(String) })]));

    // Someone else's token is not found, even in the same agency.
    expectProblem(await ctx.app.inject({ method: 'DELETE', url: `/api/tokens/${id}`, headers: await bearer(ctx.db, agency.admin) }), 404, 'not-found');

    const revoked = await ctx.app.inject({ method: 'DELETE', url: `/api/tokens/${id}`, headers: auth });
    expect(revoked.json()).toMatchObject({ id, revokedAt: expect.any(String) });
    expectProblem(await ctx.app.inject({ method: 'GET', url: '/api/me', headers: auth }), 401, 'unauthorized');
  });

  it('serves the OpenAPI document and the API reference without login', async () => {
    const document = await ctx.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(document.json()).toMatchObject({ openapi: '3.1.0', info: { title: 'clientpipe API' } });
    const docs = await ctx.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(docs.statusCode).toBe(200);
    expect(docs.body).toContain('swagger');
    expect((await ctx.app.inject({ method: 'GET', url: '/api/health' })).json()).toEqual({ status: 'ok', database: 'ok' });
  });

  it('answers unknown routes with a not-found problem and echoes request ids', async () => {
    const response = await ctx.app.inject({ method: 'GET', url: '/api/nothing-here', headers: { 'x-request-id': 'trace-123' } });
    expectProblem(response, 404, 'not-found');
    expect(response.headers['x-request-id']).toBe('trace-123');
  });
});
