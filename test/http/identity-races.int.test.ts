import { beforeAll, expect, it } from 'vitest';
import { createTestAgency, createTestUser, FIXTURE_PASSWORD, type TestAgency } from '../support/fixtures.js';
import { bearer, describeApi, expectProblem } from './support.js';
import { sessionHeaders } from './operations.js';

/* Races a review suspected; each must stay answered correctly. */
describeApi('HTTP identity races', (ctx) => {
  let agency: TestAgency;
  let admin: Record<string, string>;
  beforeAll(async () => {
    agency = await createTestAgency(ctx.db, 'Races');
    admin = await bearer(ctx.db, agency.admin);
  });

  it('creates the same user asked for twice at once exactly once: one 201, one 409, never a 500', async () => {
    const email = `tweeling-${ctx.database.name}@bureau.example`;
    const add = () => ctx.app.inject({ method: 'POST', url: '/api/users', payload: { email, password: 'een-lang-geheim-wachtwoord', role: 'recruiter' }, headers: admin });
    const responses = await Promise.all([add(), add(), add()]);
    expect(responses.map((r) => r.statusCode).sort()).toEqual([201, 409, 409]);
    for (const conflict of responses.filter((r) => r.statusCode === 409)) expectProblem(conflict, 409, 'conflict');
    expect(await ctx.db.selectFrom('users').select('id').where('email', '=', email).execute()).toHaveLength(1);
  });

  it("refuses a deactivated user's cached session and token at once on this instance, and their login", async () => {
    const colleague = await createTestUser(ctx.db, agency.agencyId, 'recruiter');
    const session = await sessionHeaders(ctx.db, colleague);
    const token = await bearer(ctx.db, colleague);
    const me = (headers: Record<string, string>) => ctx.app.inject({ method: 'GET', url: '/api/me', headers });
    expect((await me({ cookie: session.cookie })).statusCode).toBe(200);
    expect((await me(token)).statusCode).toBe(200); // both cached now

    // Requests of the colleague's keep coming while the admin deactivates them.
    const during = Promise.all(Array.from({ length: 10 }, () => me({ cookie: session.cookie })));
    const deactivated = await ctx.app.inject({ method: 'POST', url: `/api/users/${colleague.userId}/deactivate`, headers: admin });
    expect(deactivated.statusCode, deactivated.body).toBe(204);
    for (const response of await during) expect([200, 401]).toContain(response.statusCode);

    expectProblem(await me({ cookie: session.cookie }), 401, 'unauthorized');
    expectProblem(await me(token), 401, 'unauthorized');
    const { email } = await ctx.db.selectFrom('users').select('email').where('id', '=', colleague.userId).executeTakeFirstOrThrow();
    const login = await ctx.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password: FIXTURE_PASSWORD }, remoteAddress: '127.0.0.31' });
    expectProblem(login, 401, 'unauthorized');
  });

  it('does not let an admin deactivate themselves, nor a user of another agency', async () => {
    expectProblem(await ctx.app.inject({ method: 'POST', url: `/api/users/${agency.admin.userId}/deactivate`, headers: admin }), 409, 'conflict');
    const other = await createTestAgency(ctx.db, 'Ander');
    expectProblem(await ctx.app.inject({ method: 'POST', url: `/api/users/${other.recruiter.userId}/deactivate`, headers: admin }), 404, 'not-found');
  });
});
