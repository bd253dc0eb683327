import { beforeAll, expect, it } from 'vitest';
import { acceptInvite } from '../../src/identity/accept-invite.js';
import { createInvite } from '../../src/identity/create-invite.js';
import { readInvite } from '../../src/identity/read-invite.js';
import { hashSecret } from '../../src/identity/secrets.js';
import { createTestAgency, snapshot, type TestAgency } from '../support/fixtures.js';
import { bearer, describeApi, expectProblem } from './support.js';

const ORIGIN = 'http://localhost:80';
const PASSWORD = 'een lang eigen wachtwoord';
const DAY = 86_400_000;

describeApi('HTTP invites', (ctx) => {
  let agency: TestAgency;
  let admin: Record<string, string>;
  let counter = 0;
  beforeAll(async () => {
    agency = await createTestAgency(ctx.db, 'Uitnodigers');
    admin = await bearer(ctx.db, agency.admin);
  });

  const address = () => `collega-${ctx.database.name}-${(counter += 1)}-${Math.random().toString(36).slice(2, 8)}@bureau.example`;
  const invite = (payload: Record<string, unknown>) => ctx.app.inject({ method: 'POST', url: '/api/invites', headers: admin, payload });
  const preview = (token: string, headers: Record<string, string> = {}) => ctx.app.inject({ method: 'POST', url: '/api/invites/preview', payload: { token }, headers });
  const accept = (token: string, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
    ctx.app.inject({ method: 'POST', url: '/api/invites/accept', payload: { token, name: 'Nieuwe Collega', password: PASSWORD, ...extra }, headers: { origin: ORIGIN, ...headers } });
  const invites = async () => ((await ctx.app.inject({ method: 'GET', url: '/api/invites', headers: admin })).json() as { items: { id: string; status: string; email: string }[] }).items;

  it('an admin invites; the invitee reads it without a login, accepts once with name and password, and is logged in with the invited role', async () => {
    const email = address();
    const created = await invite({ email: email.toUpperCase(), role: 'manager', name: 'Voorstel Naam' });
    expect(created.statusCode, created.body).toBe(201);
    const body = created.json() as { id: string; token: string; email: string; status: string; role: string; expiresAt: string; createdAt: string };
    expect(body).toMatchObject({ email, role: 'manager', status: 'pending', name: 'Voorstel Naam' });
    expect(body.token).toMatch(/^cpi_/);
    expect(new Date(body.expiresAt).getTime() - new Date(body.createdAt).getTime()).toBe(7 * DAY);
    // Only the hash is stored; the list never shows the secret.
    const row = await ctx.db.selectFrom('invites').select('token_hash').where('id', '=', body.id).executeTakeFirstOrThrow();
    expect(row.token_hash).toBe(hashSecret(body.token));
    expect(JSON.stringify(await invites())).not.toContain(body.token);
    expect((await invites()).find((i) => i.id === body.id)).toMatchObject({ status: 'pending' });

    const seen = await preview(body.token);
    expect(seen.statusCode, seen.body).toBe(200);
    expect(seen.json()).toMatchObject({ email, role: 'manager', name: 'Voorstel Naam', agency: { name: 'Uitnodigers' } });

    const weak = expectProblem(await accept(body.token, { password: 'wachtwoord12' }, { 'accept-language': 'nl' }), 400, 'validation');
    expect(JSON.stringify(weak.issues)).toMatch(/body\.password/);
    const accepted = await accept(body.token, { name: 'Eigen Naam' });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json()).toMatchObject({ user: { email, name: 'Eigen Naam', role: 'manager', agency: { id: agency.agencyId } } });
    const cookie = String(accepted.headers['set-cookie']).split(';')[0]!;
    expect(String(accepted.headers['set-cookie'])).toMatch(/HttpOnly/i);
    expect((await ctx.app.inject({ method: 'GET', url: '/api/me', headers: { cookie } })).json()).toMatchObject({ email, role: 'manager' });
    expect((await invites()).find((i) => i.id === body.id)).toMatchObject({ status: 'accepted' });

    // Single use: the same link again, or read again, is refused; nothing more is made.
    const users = async () => (await ctx.db.selectFrom('users').select('id').where('agency_id', '=', agency.agencyId).execute()).length;
    const before = await users();
    expect(expectProblem(await accept(body.token), 404, 'not-found').detail).toMatch(/already used/);
    expect(expectProblem(await preview(body.token, { 'accept-language': 'nl' }), 404, 'not-found').detail).toMatch(/al gebruikt/);
    expect(await users()).toBe(before);
    // The new colleague logs in with their own password.
    const login = await ctx.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password: PASSWORD }, remoteAddress: '127.0.0.41' });
    expect(login.statusCode, login.body).toBe(200);
  });

  it('refuses a wrong, expired or withdrawn link with 404 and a reason, and writes nothing', async () => {
    const before = await snapshot(ctx.db, agency.agencyId);
    expect(expectProblem(await accept('cpi_not-a-real-secret'), 404, 'not-found').detail).toMatch(/not valid/);
    expectProblem(await preview('cpi_not-a-real-secret'), 404, 'not-found');
    expect(await snapshot(ctx.db, agency.agencyId)).toEqual(before);

    const now = new Date();
    const old = await createInvite(ctx.db, agency.admin, { email: address(), role: 'recruiter' }, () => new Date(now.getTime() - 8 * DAY));
    expect(expectProblem(await accept(old.token), 404, 'not-found').detail).toMatch(/expired/);
    expect((await invites()).find((i) => i.id === old.id)).toMatchObject({ status: 'expired' });
    // Just before its end it still works, just after it does not (the clock decides, not the wall).
    const fresh = await createInvite(ctx.db, agency.admin, { email: address(), role: 'viewer' }, () => now);
    await expect(readInvite(ctx.db, { token: fresh.token }, () => new Date(now.getTime() + 7 * DAY - 1000))).resolves.toMatchObject({ role: 'viewer' });
    await expect(acceptInvite(ctx.db, { token: fresh.token, name: 'Te Laat', password: PASSWORD }, () => new Date(now.getTime() + 7 * DAY))).rejects.toMatchObject({ code: 'NOT_FOUND' });

    const withdrawn = (await invite({ email: address(), role: 'viewer' })).json() as { id: string; token: string };
    const revoked = await ctx.app.inject({ method: 'DELETE', url: `/api/invites/${withdrawn.id}`, headers: admin });
    expect(revoked.json()).toMatchObject({ status: 'revoked' });
    expect(expectProblem(await accept(withdrawn.token), 404, 'not-found').detail).toMatch(/withdrawn/);
  });

  it('a new invite for the same address replaces the open one; an address with a login is a conflict; an accepted invite cannot be withdrawn', async () => {
    const email = address();
    const first = (await invite({ email, role: 'viewer' })).json() as { id: string; token: string };
    const second = (await invite({ email, role: 'recruiter' })).json() as { id: string; token: string };
    const listed = await invites();
    expect(listed.find((i) => i.id === first.id)).toMatchObject({ status: 'revoked' });
    expect(listed.find((i) => i.id === second.id)).toMatchObject({ status: 'pending' });
    expectProblem(await accept(first.token), 404, 'not-found');
    expect((await accept(second.token)).json()).toMatchObject({ user: { role: 'recruiter' } });
    expectProblem(await invite({ email, role: 'viewer' }), 409, 'conflict');
    expectProblem(await ctx.app.inject({ method: 'DELETE', url: `/api/invites/${second.id}`, headers: admin }), 409, 'conflict');
  });

  it('accepted twice at the same moment, an invite makes one user', async () => {
    const email = address();
    const { token } = await createInvite(ctx.db, agency.admin, { email, role: 'recruiter' });
    const results = await Promise.allSettled([acceptInvite(ctx.db, { token, name: 'Een', password: PASSWORD }), acceptInvite(ctx.db, { token, name: 'Twee', password: PASSWORD })]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(await ctx.db.selectFrom('users').select('id').where('email', '=', email).execute()).toHaveLength(1);
  });

  it('refuses an accept sent from another site', async () => {
    const { token } = await createInvite(ctx.db, agency.admin, { email: address(), role: 'recruiter' });
    expectProblem(await accept(token, {}, { origin: 'https://evil.example' }), 403, 'forbidden');
    expect((await preview(token)).statusCode).toBe(200);
  });
});
