import { beforeAll, expect, it } from 'vitest';
import { createAgency } from '../../src/identity/create-agency.js';
import { FIXTURE_PASSWORD, createTestAgency, type TestAgency } from '../support/fixtures.js';
import { bearer, describeApi, expectProblem } from './support.js';

const ORIGIN = 'http://localhost:80';
const NEW_PASSWORD = 'tulpen in de regen';

describeApi('HTTP password rules', (ctx) => {
  let agency: TestAgency;
  let admin: Record<string, string>;
  beforeAll(async () => {
    agency = await createTestAgency(ctx.db, 'Wachtwoorden');
    admin = await bearer(ctx.db, agency.admin);
  });

  const addUser = (password: string, headers: Record<string, string> = {}) =>
    ctx.app.inject({ method: 'POST', url: '/api/users', payload: { email: `nieuw-${Math.random()}@bureau.example`, password, role: 'recruiter' }, headers: { ...admin, ...headers } });
  const usersNamed = async () => (await ctx.db.selectFrom('users').select('id').where('agency_id', '=', agency.agencyId).execute()).length;

  it('refuses short and common passwords for a new user with a field error in English or Dutch, and writes nothing', async () => {
    const before = await usersNamed();
    const short = expectProblem(await addUser('    '), 400, 'validation');
    expect(short.issues).toEqual([{ path: 'body.password', message: 'must be at least 12 characters' }]);
    const dutch = expectProblem(await addUser('kat🐱hond🐶vi', { 'accept-language': 'nl-NL,nl;q=0.9,en;q=0.8' }), 400, 'validation');
    expect(dutch.issues).toEqual([{ path: 'body.password', message: 'moet minstens 12 tekens lang zijn' }]);
    expect(dutch.detail).toContain('moet minstens 12 tekens lang zijn');
    const common = expectProblem(await addUser('Wachtwoord123!'), 400, 'validation');
    expect(common.issues).toEqual([{ path: 'body.password', message: expect.stringMatching(/too easy to guess/) }]);
    const commonNl = expectProblem(await addUser('WinnieThePooh', { 'accept-language': 'nl' }), 400, 'validation');
    expect(commonNl.issues).toEqual([{ path: 'body.password', message: expect.stringMatching(/te makkelijk te raden/) }]);
    expect(await usersNamed()).toBe(before);
    expect((await addUser('kat🐱hond🐶vis')).statusCode).toBe(201);
  });

  it('refuses a weak first admin of a new agency; only the demo seed may keep its documented password', async () => {
    await expect(createAgency(ctx.db, { name: 'Zwak', adminEmail: `zwak-${ctx.database.name}@bureau.example`, adminPassword: 'demo' })).rejects.toMatchObject({
      code: 'VALIDATION',
      data: { issues: [{ path: 'adminPassword', message: 'must be at least 12 characters' }] },
    });
    const demo = await createAgency(ctx.db, { name: 'Demo', adminEmail: `demo-${ctx.database.name}@bureau.example`, adminPassword: 'demo' }, { demo: true });
    expect(demo.adminUserId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('changes one\'s own password with the current one, ending the other sessions but not this one', async () => {
    const email = `wisselaar-${ctx.database.name}@bureau.example`;
    await createAgency(ctx.db, { name: 'Wissel', adminEmail: email, adminPassword: FIXTURE_PASSWORD });
    const login = (password: string) => ctx.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password }, remoteAddress: '127.0.0.21' });
    const here = String((await login(FIXTURE_PASSWORD)).headers['set-cookie']).split(';')[0]!;
    const there = String((await login(FIXTURE_PASSWORD)).headers['set-cookie']).split(';')[0]!;
    const change = (payload: Record<string, string>) => ctx.app.inject({ method: 'POST', url: '/api/auth/password', payload, headers: { cookie: here, origin: ORIGIN } });
    const me = (cookie: string) => ctx.app.inject({ method: 'GET', url: '/api/me', headers: { cookie } });
    expect((await me(there)).statusCode).toBe(200); // cached

    const wrong = expectProblem(await change({ currentPassword: 'niet mijn wachtwoord', newPassword: NEW_PASSWORD }), 400, 'validation');
    expect(wrong.issues).toEqual([{ path: 'currentPassword', message: 'is not your current password' }]);
    const weak = expectProblem(await change({ currentPassword: FIXTURE_PASSWORD, newPassword: 'password1234' }), 400, 'validation');
    expect(weak.issues).toEqual([{ path: 'body.newPassword', message: expect.stringMatching(/too easy to guess/) }]);

    expect((await change({ currentPassword: FIXTURE_PASSWORD, newPassword: NEW_PASSWORD })).statusCode).toBe(204);
    expect((await me(here)).statusCode).toBe(200);
    expectProblem(await me(there), 401, 'unauthorized');
    expectProblem(await login(FIXTURE_PASSWORD), 401, 'unauthorized');
    expect((await login(NEW_PASSWORD)).statusCode).toBe(200);
  });

  it("lets an admin reset a colleague's password, which ends the colleague's sessions; weak ones are refused", async () => {
    const email = `vergeten-${ctx.database.name}@bureau.example`;
    const created = await addUser(FIXTURE_PASSWORD);
    const colleague = (created.json() as { id: string }).id;
    await ctx.db.updateTable('users').set({ email }).where('id', '=', colleague).execute();
    const login = (password: string) => ctx.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password }, remoteAddress: '127.0.0.22' });
    const cookie = String((await login(FIXTURE_PASSWORD)).headers['set-cookie']).split(';')[0]!;
    expect((await ctx.app.inject({ method: 'GET', url: '/api/me', headers: { cookie } })).statusCode).toBe(200);

    const reset = (newPassword: string, headers = admin) => ctx.app.inject({ method: 'POST', url: `/api/users/${colleague}/password`, payload: { newPassword }, headers });
    expectProblem(await reset('geheim123'), 400, 'validation');
    expectProblem(await reset(NEW_PASSWORD, await bearer(ctx.db, agency.recruiter)), 403, 'forbidden');
    expect((await reset(NEW_PASSWORD)).statusCode).toBe(204);
    expectProblem(await ctx.app.inject({ method: 'GET', url: '/api/me', headers: { cookie } }), 401, 'unauthorized');
    expect((await login(NEW_PASSWORD)).statusCode).toBe(200);
  });
});
