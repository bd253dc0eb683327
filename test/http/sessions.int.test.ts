import { beforeAll, expect, it } from 'vitest';
import { createAgency } from '../../src/identity/create-agency.js';
import { describeApi, expectProblem } from './support.js';

const ORIGIN = 'http://localhost:80';
const PASSWORD = 'een-lang-en-juist-wachtwoord';

describeApi('HTTP sessions and API tokens', (ctx) => {
  let email: string;
  beforeAll(async () => {
    email = `sessions-${ctx.database.name}@bureau.example`;
    await createAgency(ctx.db, { name: 'Sessies', adminEmail: email, adminPassword: PASSWORD });
  });

  /** A fresh session cookie of the admin, from its own address so logins elsewhere do not throttle it. */
  async function session(address = '127.0.0.11'): Promise<string> {
    const response = await ctx.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password: PASSWORD }, remoteAddress: address });
    expect(response.statusCode, response.body).toBe(200);
    return String(response.headers['set-cookie']).split(';')[0]!;
  }
  const me = (headers: Record<string, string>) => ctx.app.inject({ method: 'GET', url: '/api/me', headers });
  const logout = (cookie: string, payload?: Record<string, unknown>) =>
    ctx.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie, origin: ORIGIN }, ...(payload === undefined ? {} : { payload }) });

  it('logs out one session by default, and every session of the user with { everywhere: true }, at once even when cached', async () => {
    const [laptop, phone, tablet] = [await session(), await session(), await session()];
    for (const cookie of [laptop, phone, tablet]) expect((await me({ cookie })).statusCode).toBe(200); // each is cached now

    expect((await logout(laptop)).statusCode).toBe(204);
    expectProblem(await me({ cookie: laptop }), 401, 'unauthorized');
    expect((await me({ cookie: phone })).statusCode).toBe(200);

    expect((await logout(phone, { everywhere: true })).statusCode).toBe(204);
    expectProblem(await me({ cookie: phone }), 401, 'unauthorized');
    expectProblem(await me({ cookie: tablet }), 401, 'unauthorized');
    const admin = await ctx.db.selectFrom('users').select(['agency_id', 'id']).where('email', '=', email).executeTakeFirstOrThrow();
    const left = await ctx.db.selectFrom('sessions').select('token_hash').where('agency_id', '=', admin.agency_id).where('user_id', '=', admin.id).execute();
    expect(left).toEqual([]);
  });

  it('refuses a logout body that is not { everywhere: boolean }', async () => {
    const cookie = await session();
    expectProblem(await logout(cookie, { everywhere: 'yes' }), 400, 'validation');
    expectProblem(await logout(cookie, { everywhere: true, others: 1 }), 400, 'validation');
    expect((await me({ cookie })).statusCode).toBe(200);
  });

  it('lets only a session mint API tokens: a token cannot create another', async () => {
    const cookie = await session();
    const created = await ctx.app.inject({ method: 'POST', url: '/api/tokens', payload: { name: 'Zapier' }, headers: { cookie, origin: ORIGIN } });
    expect(created.statusCode, created.body).toBe(201);
    const auth = { authorization: `Bearer ${(created.json() as { token: string }).token}` };
    const count = async () => (await ctx.db.selectFrom('api_tokens').select('id').execute()).length;
    const before = await count();
    expectProblem(await ctx.app.inject({ method: 'POST', url: '/api/tokens', payload: { name: 'child' }, headers: auth }), 403, 'forbidden');
    expect(await count()).toBe(before);
    // The token still reads and revokes (itself included).
    expect((await me(auth)).statusCode).toBe(200);
  });
});
