import { beforeAll, expect, it } from 'vitest';
import { authenticateApiToken } from '../../src/identity/authenticate-api-token.js';
import { createApiToken } from '../../src/identity/create-api-token.js';
import { deactivateUser } from '../../src/identity/deactivate-user.js';
import { updateUser } from '../../src/identity/update-user.js';
import type { Actor } from '../../src/identity/domain/roles.js';
import { createTestAgency, createTestUser, FIXTURE_PASSWORD, snapshot, type TestAgency } from '../support/fixtures.js';
import { bearer, describeApi, expectProblem } from './support.js';
import { fixtureIds, OPERATIONS, requestFor, sessionHeaders } from './operations.js';

const ORIGIN = 'http://localhost:80';

/** Every operation only an agency admin may call: managing the team and its invites. */
const ADMIN_OPERATIONS = Object.keys(OPERATIONS).filter((op) => /^(POST|PATCH|DELETE) \/api\/users|^(GET|POST|DELETE) \/api\/invites(\/\{id\})?$/.test(op));

describeApi('HTTP team settings', (ctx) => {
  let agency: TestAgency;
  let admin: Record<string, string>;
  beforeAll(async () => {
    agency = await createTestAgency(ctx.db, 'Team');
    admin = await bearer(ctx.db, agency.admin);
  });

  const me = (headers: Record<string, string>) => ctx.app.inject({ method: 'GET', url: '/api/me', headers });
  const patchUser = (id: string, payload: Record<string, unknown>, headers = admin) => ctx.app.inject({ method: 'PATCH', url: `/api/users/${id}`, payload, headers });
  const deactivate = (id: string, headers = admin) => ctx.app.inject({ method: 'POST', url: `/api/users/${id}/deactivate`, headers: { ...headers, ...(headers.cookie ? { origin: ORIGIN } : {}) } });
  const members = async (headers = admin) =>
    ((await ctx.app.inject({ method: 'GET', url: '/api/users', headers })).json() as { items: { id: string; role: string; active: boolean; lastLoginAt: string | null }[] }).items;

  it('walks every admin action: there are some', () => {
    expect(ADMIN_OPERATIONS).toEqual(
      expect.arrayContaining(['POST /api/users', 'PATCH /api/users/{id}', 'POST /api/users/{id}/deactivate', 'POST /api/users/{id}/reactivate', 'POST /api/users/{id}/password', 'POST /api/invites', 'GET /api/invites', 'DELETE /api/invites/{id}']),
    );
  });

  it.each(ADMIN_OPERATIONS)('a manager, a recruiter and a viewer are refused %s with 403, and nothing changes', async (operation) => {
    const ids = await fixtureIds(ctx.db, agency.admin);
    for (const actor of [agency.manager, agency.recruiter, agency.viewer]) {
      for (const headers of [await bearer(ctx.db, actor), await sessionHeaders(ctx.db, actor)]) {
        const before = await snapshot(ctx.db, agency.agencyId);
        expectProblem(await ctx.app.inject(requestFor(operation, ids, { headers })), 403, 'forbidden');
        expect(await snapshot(ctx.db, agency.agencyId)).toEqual(before);
      }
    }
  });

  it('deactivation ends the colleague’s sessions and tokens at once, even cached; reactivation lets them log in again, not the old secrets', async () => {
    const colleague = await createTestUser(ctx.db, agency.agencyId, 'recruiter', 'Vertrekker');
    const cookie = await sessionHeaders(ctx.db, colleague);
    const token = await bearer(ctx.db, colleague);
    expect((await me(cookie)).statusCode).toBe(200);
    expect((await me(token)).statusCode).toBe(200); // both cached now

    expect((await deactivate(colleague.userId)).statusCode).toBe(204);
    expectProblem(await me({ cookie: cookie.cookie }), 401, 'unauthorized');
    expectProblem(await me(token), 401, 'unauthorized');
    expect(await ctx.db.selectFrom('sessions').select('token_hash').where('user_id', '=', colleague.userId).execute()).toEqual([]);
    const tokens = await ctx.db.selectFrom('api_tokens').select('revoked_at').where('user_id', '=', colleague.userId).execute();
    expect(tokens.every((row) => row.revoked_at !== null)).toBe(true);
    expect((await members()).find((m) => m.id === colleague.userId)).toMatchObject({ active: false });

    const email = (await ctx.db.selectFrom('users').select('email').where('id', '=', colleague.userId).executeTakeFirstOrThrow()).email;
    const login = () => ctx.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password: FIXTURE_PASSWORD }, remoteAddress: '127.0.0.31' });
    expectProblem(await login(), 401, 'unauthorized');
    expect((await ctx.app.inject({ method: 'POST', url: `/api/users/${colleague.userId}/reactivate`, headers: admin })).statusCode).toBe(204);
    const again = await login();
    expect(again.statusCode, again.body).toBe(200);
    expectProblem(await me(token), 401, 'unauthorized');
    expectProblem(await me({ cookie: cookie.cookie }), 401, 'unauthorized');
    expect((await members()).find((m) => m.id === colleague.userId)).toMatchObject({ active: true, lastLoginAt: expect.any(String) });
    // When someone last logged in is for admins only.
    expect((await members(await bearer(ctx.db, agency.recruiter))).find((m) => m.id === colleague.userId)).toMatchObject({ active: true, lastLoginAt: null });
  });

  it('a changed role holds for the user’s open session and token from their next request on', async () => {
    const colleague = await createTestUser(ctx.db, agency.agencyId, 'recruiter', 'Promotie');
    const cookie = await sessionHeaders(ctx.db, colleague);
    const token = await bearer(ctx.db, colleague);
    const invite = (headers: Record<string, string>) =>
      ctx.app.inject({ method: 'POST', url: '/api/invites', headers, payload: { email: `promo-${Math.random()}@bureau.example`, role: 'viewer' } });
    expectProblem(await invite(cookie), 403, 'forbidden'); // cached as a recruiter now
    expectProblem(await invite(token), 403, 'forbidden');

    const promoted = await patchUser(colleague.userId, { role: 'admin' });
    expect(promoted.statusCode, promoted.body).toBe(200);
    expect(promoted.json()).toMatchObject({ id: colleague.userId, role: 'admin', active: true });
    expect((await me(cookie)).json()).toMatchObject({ role: 'admin' });
    expect((await invite(cookie)).statusCode).toBe(201);
    expect((await invite(token)).statusCode).toBe(201);

    expect((await patchUser(colleague.userId, { role: 'viewer', name: 'Alleen Kijken' })).json()).toMatchObject({ role: 'viewer', name: 'Alleen Kijken' });
    expectProblem(await invite(token), 403, 'forbidden');
    const viewerWrite = await ctx.app.inject({ method: 'POST', url: '/api/companies', headers: cookie, payload: { globalCompanyId: (await fixtureIds(ctx.db, agency.admin)).globalCompany } });
    expectProblem(viewerWrite, 403, 'forbidden');
  });

  it('refuses to demote or deactivate the last active admin with 409, and an empty or operator role with 400', async () => {
    const lone = await createTestAgency(ctx.db, 'Eenling');
    const loneAdmin = await bearer(ctx.db, lone.admin);
    const refused = expectProblem(await patchUser(lone.admin.userId, { role: 'manager' }, loneAdmin), 409, 'conflict');
    expect(refused.detail).toMatch(/last active admin/);
    const dutch = expectProblem(await patchUser(lone.admin.userId, { role: 'manager' }, { ...loneAdmin, 'accept-language': 'nl' }), 409, 'conflict');
    expect(dutch.detail).toMatch(/laatste actieve beheerder/);
    expectProblem(await patchUser(lone.admin.userId, {}, loneAdmin), 400, 'validation');
    expectProblem(await patchUser(lone.admin.userId, { role: 'operator' }, loneAdmin), 400, 'validation');
    expectProblem(await deactivate(lone.admin.userId, loneAdmin), 409, 'conflict');
    // Renaming the last admin is fine; so is keeping the role.
    expect((await patchUser(lone.admin.userId, { name: 'Enige Baas', role: 'admin' }, loneAdmin)).statusCode).toBe(200);

    // With a second admin, one may step down; then the other is the last.
    const second = await createTestUser(ctx.db, lone.agencyId, 'admin', 'Tweede Baas');
    expect((await patchUser(lone.admin.userId, { role: 'manager' }, loneAdmin)).statusCode).toBe(200);
    const secondHeaders = await bearer(ctx.db, second);
    expectProblem(await patchUser(second.userId, { role: 'recruiter' }, secondHeaders), 409, 'conflict');
    // A deactivated admin does not count.
    const dormant = await createTestUser(ctx.db, lone.agencyId, 'admin', 'Slapende Baas');
    expect((await deactivate(dormant.userId, secondHeaders)).statusCode).toBe(204);
    expectProblem(await patchUser(second.userId, { role: 'recruiter' }, secondHeaders), 409, 'conflict');
    expect((await members(secondHeaders)).filter((m) => m.role === 'admin' && m.active)).toHaveLength(1);
  });

  it('two admins deactivating or demoting each other at the same moment leave one admin', async () => {
    for (const attempt of ['deactivate', 'demote'] as const) {
      const pair = await createTestAgency(ctx.db, `Duel ${attempt}`);
      const other: Actor = await createTestUser(ctx.db, pair.agencyId, 'admin', 'Andere Baas');
      const act = (actor: Actor, target: Actor) =>
        attempt === 'deactivate' ? deactivateUser(ctx.db, actor, { userId: target.userId }) : updateUser(ctx.db, actor, { userId: target.userId, role: 'recruiter' });
      const results = await Promise.allSettled([act(pair.admin, other), act(other, pair.admin)]);
      expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
      expect((results.find((r) => r.status === 'rejected') as PromiseRejectedResult).reason).toMatchObject({ code: 'CONFLICT' });
      const admins = await ctx.db.selectFrom('users').select('id').where('agency_id', '=', pair.agencyId).where('role', '=', 'admin').where('deactivated_at', 'is', null).execute();
      expect(admins).toHaveLength(1);
    }
  });

  it('changing my password ends my other sessions and keeps this one', async () => {
    const self = await createTestUser(ctx.db, agency.agencyId, 'viewer', 'Wisselaar');
    const [here, there] = [await sessionHeaders(ctx.db, self), await sessionHeaders(ctx.db, self)];
    expect((await me(there)).statusCode).toBe(200); // cached
    const changed = await ctx.app.inject({ method: 'POST', url: '/api/auth/password', headers: here, payload: { currentPassword: FIXTURE_PASSWORD, newPassword: 'een ander lang wachtwoord' } });
    expect(changed.statusCode, changed.body).toBe(204);
    expect((await me(here)).statusCode).toBe(200);
    expectProblem(await me({ cookie: there.cookie }), 401, 'unauthorized');
  });

  it('my profile: name and UI language, kept on the user and given back by GET /api/me and the login', async () => {
    const self = await createTestUser(ctx.db, agency.agencyId, 'viewer', 'Profiel');
    const headers = await sessionHeaders(ctx.db, self);
    expect((await me(headers)).json()).toMatchObject({ name: 'Profiel', language: null });
    const patched = await ctx.app.inject({ method: 'PATCH', url: '/api/me', headers, payload: { name: 'Profiel Bijgewerkt', language: 'en' } });
    expect(patched.statusCode, patched.body).toBe(200);
    expect(patched.json()).toMatchObject({ id: self.userId, name: 'Profiel Bijgewerkt', language: 'en', role: 'viewer' });
    const email = (await ctx.db.selectFrom('users').select('email').where('id', '=', self.userId).executeTakeFirstOrThrow()).email;
    const login = await ctx.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password: FIXTURE_PASSWORD }, remoteAddress: '127.0.0.32' });
    expect(login.json()).toMatchObject({ user: { language: 'en', name: 'Profiel Bijgewerkt' } });
    expectProblem(await ctx.app.inject({ method: 'PATCH', url: '/api/me', headers, payload: { language: 'de' } }), 400, 'validation');
    expectProblem(await ctx.app.inject({ method: 'PATCH', url: '/api/me', headers, payload: { role: 'admin' } }), 400, 'validation');
    expectProblem(await ctx.app.inject({ method: 'PATCH', url: '/api/me', headers, payload: {} }), 400, 'validation');
    expect((await ctx.app.inject({ method: 'PATCH', url: '/api/me', headers, payload: { language: null } })).json()).toMatchObject({ language: null, role: 'viewer' });
  });

  it('records when a token was last used, at most once a minute', async () => {
    const { token, id } = await createApiToken(ctx.db, agency.recruiter, { name: 'Zapier' });
    const lastUsed = async () => (await ctx.db.selectFrom('api_tokens').select('last_used_at').where('id', '=', id).executeTakeFirstOrThrow()).last_used_at;
    expect(await lastUsed()).toBeNull();
    expect((await me({ authorization: `Bearer ${token}` })).statusCode).toBe(200);
    const listed = (await ctx.app.inject({ method: 'GET', url: '/api/tokens', headers: { authorization: `Bearer ${token}` } })).json() as { items: { id: string; lastUsedAt: string | null }[] };
    expect(listed.items.find((t) => t.id === id)?.lastUsedAt).toEqual(expect.any(String));

    let now = new Date('2030-01-01T09:00:00Z');
    const clock = () => now;
    await authenticateApiToken(ctx.db, token, clock);
    expect(await lastUsed()).toEqual(now);
    const first = now;
    now = new Date(first.getTime() + 59_000);
    await authenticateApiToken(ctx.db, token, clock);
    expect(await lastUsed()).toEqual(first);
    now = new Date(first.getTime() + 61_000);
    await authenticateApiToken(ctx.db, token, clock);
    expect(await lastUsed()).toEqual(now);
  });
});
