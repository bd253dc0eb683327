import { beforeAll, expect, it } from 'vitest';
import { authenticateApiToken } from '../../src/identity/authenticate-api-token.js';
import { authorize } from '../../src/identity/authorize.js';
import { createTestAgency, createTestUser, FIXTURE_PASSWORD, followNewCompany, snapshot, type TestAgency } from '../support/fixtures.js';
import { sessionHeaders } from './operations.js';
import { bearer, describeApi, expectProblem } from './support.js';

// Roles as agency data and branches (SPEC R1.4, R4.7), over HTTP.
describeApi('HTTP roles and branches', (ctx) => {
  let agency: TestAgency;
  let other: TestAgency;
  let admin: Record<string, string>;
  let theirs: Record<string, string>;
  beforeAll(async () => {
    agency = await createTestAgency(ctx.db, 'Rollen');
    other = await createTestAgency(ctx.db, 'Ander bureau');
    admin = await bearer(ctx.db, agency.admin);
    theirs = await bearer(ctx.db, other.admin);
  });

  const call = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, headers: Record<string, string>, payload?: unknown) =>
    ctx.app.inject({ method, url, headers, ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }) });
  const me = async (headers: Record<string, string>) =>
    (await call('GET', '/api/me', headers)).json() as { permissions: string[]; branch: { id: string; name: string } | null; role: string; roleName: { nl: string; en: string } | null };
  const companies = async (query: string, headers = admin) => ((await call('GET', `/api/companies?${query}`, headers)).json() as { items: { id: string }[] }).items.map((item) => item.id).sort();

  it('a custom role given to a colleague holds exactly its permissions, from their next request on; it is deleted only once nobody holds it', async () => {
    const created = await call('POST', '/api/roles', admin, { key: 'researcher', name: { nl: 'Onderzoeker', en: 'Researcher' }, permissions: ['companies:view', 'companies:create', 'companies:view'] });
    expect(created.statusCode, created.body).toBe(201);
    const role = created.json() as { id: string; key: string; permissions: string[]; builtIn: boolean; users: number };
    expect(role).toMatchObject({ key: 'researcher', builtIn: false, permissions: ['companies:view', 'companies:create'], users: 0 });

    const colleague = await createTestUser(ctx.db, agency.agencyId, 'recruiter');
    const headers = await bearer(ctx.db, colleague);
    expect((await me(headers)).permissions).toContain('companies:edit');
    expect((await call('PATCH', `/api/users/${colleague.userId}`, admin, { role: 'researcher' })).statusCode).toBe(200);
    expect(await me(headers)).toMatchObject({ role: 'researcher', permissions: ['companies:view', 'companies:create'] });

    const company = await followNewCompany(ctx.db, agency.admin);
    const before = await snapshot(ctx.db, agency.agencyId);
    expectProblem(await call('POST', `/api/companies/${company}/notes`, headers, { body: 'Mag niet' }), 403, 'forbidden');
    expect(await snapshot(ctx.db, agency.agencyId)).toEqual(before);
    expect((await call('GET', `/api/companies/${company}`, headers)).statusCode).toBe(200);

    // The role gains edit: the colleague's cached token picks it up at once.
    const edited = await call('PATCH', `/api/roles/${role.id}`, admin, { permissions: ['companies:view', 'companies:edit'] });
    expect(edited.json()).toMatchObject({ permissions: ['companies:view', 'companies:edit'], users: 1 });
    expect((await call('POST', `/api/companies/${company}/notes`, headers, { body: 'Nu wel' })).statusCode).toBe(201);

    expectProblem(await call('DELETE', `/api/roles/${role.id}`, admin), 409, 'conflict');
    expect((await call('PATCH', `/api/users/${colleague.userId}`, admin, { role: 'viewer' })).statusCode).toBe(200);
    expect((await call('DELETE', `/api/roles/${role.id}`, admin)).statusCode).toBe(204);
    expect(((await call('GET', '/api/roles', admin)).json() as { items: { key: string }[] }).items.map((r) => r.key)).toEqual(['admin', 'manager', 'recruiter', 'viewer']);
  });

  it('a role without companies:view (only leads) still manages its own profile, password and API tokens, and /api/me names its role', async () => {
    await call('POST', '/api/roles', admin, { key: 'alleen-leads', name: { nl: 'Alleen leads', en: 'Leads only' }, permissions: ['leads:view'] });
    const colleague = await createTestUser(ctx.db, agency.agencyId, 'alleen-leads');
    const session = await sessionHeaders(ctx.db, colleague);
    const headers = { cookie: session.cookie, origin: session.origin };
    expect(await me(headers)).toMatchObject({ role: 'alleen-leads', roleName: { nl: 'Alleen leads', en: 'Leads only' }, permissions: ['leads:view'] });

    const profile = await call('PATCH', '/api/me', headers, { name: 'Lisa Leads', language: 'en' });
    expect(profile.statusCode, profile.body).toBe(200);
    expect(profile.json()).toMatchObject({ name: 'Lisa Leads', language: 'en' });
    const password = await call('POST', '/api/auth/password', headers, { currentPassword: FIXTURE_PASSWORD, newPassword: 'een-nieuw-lang-wachtwoord' });
    expect(password.statusCode, password.body).toBe(204);

    const minted = await call('POST', '/api/tokens', headers, { name: 'Zapier' });
    expect(minted.statusCode, minted.body).toBe(201);
    const token = minted.json() as { id: string; token: string };
    expect(((await call('GET', '/api/tokens', headers)).json() as { items: { id: string }[] }).items.map((item) => item.id)).toEqual([token.id]);
    expect((await call('GET', '/api/me', { authorization: `Bearer ${token.token}` })).statusCode).toBe(200);
    expect((await call('DELETE', `/api/tokens/${token.id}`, headers)).json()).toMatchObject({ id: token.id, revokedAt: expect.any(String) });
    // What the role lacks stays refused.
    expectProblem(await call('GET', '/api/companies', headers), 403, 'forbidden');
  });

  it('refuses bad roles with a specific problem and changes nothing', async () => {
    const before = await snapshot(ctx.db, agency.agencyId);
    const unknown = expectProblem(await call('POST', '/api/roles', admin, { key: 'fout', name: { nl: 'Fout', en: 'Wrong' }, permissions: ['companies:view', 'companies:fly'] }), 400, 'validation');
    expect(JSON.stringify(unknown.issues)).toContain('permissions');
    const operator = expectProblem(await call('POST', '/api/roles', admin, { key: 'platform', name: { nl: 'P', en: 'P' }, permissions: ['data:import'] }), 400, 'validation');
    expect(JSON.stringify(operator.issues)).toContain('permissions');
    expectProblem(await call('POST', '/api/roles', admin, { key: 'Hoofd Letters', name: { nl: 'X', en: 'X' }, permissions: [] }), 400, 'validation');
    expectProblem(await call('POST', '/api/roles', admin, { key: 'manager', name: { nl: 'Dubbel', en: 'Twice' }, permissions: [] }), 409, 'conflict');
    const builtIn = ((await call('GET', '/api/roles', admin)).json() as { items: { id: string; key: string }[] }).items.find((r) => r.key === 'viewer')!;
    expectProblem(await call('PATCH', `/api/roles/${builtIn.id}`, admin, { permissions: ['companies:view', 'companies:edit'] }), 409, 'conflict');
    expectProblem(await call('DELETE', `/api/roles/${builtIn.id}`, admin), 409, 'conflict');
    const dutch = expectProblem(await call('PATCH', `/api/users/${agency.viewer.userId}`, { ...admin, 'accept-language': 'nl' }, { role: 'operator' }), 400, 'validation');
    expect(JSON.stringify(dutch.issues)).toContain('is geen rol van je bureau');
    expectProblem(await call('POST', '/api/invites', admin, { email: 'nieuw-rol@example.test', role: 'onbekend' }), 400, 'validation');
    expect(await snapshot(ctx.db, agency.agencyId)).toEqual(before);
  });

  it("keeps another agency's roles and branches invisible and unchangeable", async () => {
    const role = (await call('POST', '/api/roles', theirs, { key: 'geheim', name: { nl: 'Geheim', en: 'Secret' }, permissions: ['companies:view'] })).json() as { id: string };
    const branch = (await call('POST', '/api/branches', theirs, { name: 'Hun vestiging' })).json() as { id: string };
    const before = await snapshot(ctx.db, other.agencyId);
    expect(((await call('GET', '/api/roles', admin)).json() as { items: { key: string }[] }).items.map((r) => r.key)).not.toContain('geheim');
    expect(((await call('GET', '/api/branches?archived=true', admin)).json() as { items: { id: string }[] }).items.map((b) => b.id)).not.toContain(branch.id);
    expectProblem(await call('PATCH', `/api/roles/${role.id}`, admin, { name: { nl: 'Van mij', en: 'Mine' } }), 404, 'not-found');
    expectProblem(await call('DELETE', `/api/roles/${role.id}`, admin), 404, 'not-found');
    expectProblem(await call('PATCH', `/api/branches/${branch.id}`, admin, { archived: true }), 404, 'not-found');
    // Their role and their branch are not ours to give.
    expectProblem(await call('PATCH', `/api/users/${agency.recruiter.userId}`, admin, { role: 'geheim' }), 400, 'validation');
    expectProblem(await call('PATCH', `/api/users/${agency.recruiter.userId}`, admin, { branchId: branch.id }), 400, 'validation');
    expect(await snapshot(ctx.db, other.agencyId)).toEqual(before);
  });

  it('switches leads off for everyone, the admin too: authorize refuses leads:* and /api/me leaves them out, until switched on', async () => {
    const kinds = await call('PATCH', '/api/agency', admin, { dossierKinds: ['opportunities'] });
    expect(kinds.json()).toEqual({ dossierKinds: ['opportunities'] });
    for (const actor of [agency.admin, agency.manager, agency.recruiter, agency.viewer]) {
      const headers = await bearer(ctx.db, actor);
      const permissions = (await me(headers)).permissions;
      expect(permissions.filter((name) => name.startsWith('leads:'))).toEqual([]);
      expect(permissions).toContain('opportunities:view');
      const resolved = (await authenticateApiToken(ctx.db, headers.authorization!.slice('Bearer '.length)))!;
      for (const action of ['view', 'create', 'edit', 'delete'] as const) {
        expect(() => authorize(resolved, `leads:${action}`)).toThrow('You are not allowed to work with leads, which your agency switched off.');
      }
      expect(() => authorize(resolved, 'opportunities:view')).not.toThrow();
    }
    expect(((await call('GET', '/api/me', admin)).json() as { agency: { dossierKinds: string[] } }).agency.dossierKinds).toEqual(['opportunities']);
    expectProblem(await call('PATCH', '/api/agency', admin, { dossierKinds: ['leads', 'vacancies'] }), 400, 'validation');
    expectProblem(await call('PATCH', '/api/agency', await bearer(ctx.db, agency.manager), { dossierKinds: ['leads', 'opportunities'] }), 403, 'forbidden');
    // The admin's cached token holds the switch at once, both ways.
    await call('PATCH', '/api/agency', admin, { dossierKinds: ['leads', 'opportunities'] });
    expect((await me(admin)).permissions).toContain('leads:delete');
  });

  it('creates, renames, archives and restores branches; names are unique among the active ones', async () => {
    const north = await call('POST', '/api/branches', admin, { name: 'Noord' });
    expect(north.statusCode, north.body).toBe(201);
    const { id } = north.json() as { id: string };
    expectProblem(await call('POST', '/api/branches', admin, { name: 'noord' }), 409, 'conflict');
    expectProblem(await call('POST', '/api/branches', admin, { name: '' }), 400, 'validation');
    expectProblem(await call('POST', '/api/branches', await bearer(ctx.db, agency.manager), { name: 'Zuid' }), 403, 'forbidden');
    expect((await call('PATCH', `/api/branches/${id}`, admin, { name: 'Noord-Holland' })).json()).toMatchObject({ id, name: 'Noord-Holland', archivedAt: null });
    expect((await call('PATCH', `/api/branches/${id}`, admin, { archived: true })).json()).toMatchObject({ archivedAt: expect.any(String) });
    const active = ((await call('GET', '/api/branches', admin)).json() as { items: { id: string }[] }).items.map((b) => b.id);
    expect(active).not.toContain(id);
    expect(((await call('GET', '/api/branches?archived=true', admin)).json() as { items: { id: string }[] }).items.map((b) => b.id)).toContain(id);
    // An archived branch is not given to anyone; its name is free again, and restoring it then is a conflict.
    expectProblem(await call('PATCH', `/api/users/${agency.viewer.userId}`, admin, { branchId: id }), 400, 'validation');
    expect((await call('POST', '/api/branches', admin, { name: 'Noord-Holland' })).statusCode).toBe(201);
    expectProblem(await call('PATCH', `/api/branches/${id}`, admin, { archived: false }), 409, 'conflict');
  });

  it('puts users in a branch; a record follows its owner’s branch; the companies list filters by branch, mine and none', async () => {
    const agencyB = await createTestAgency(ctx.db, 'Vestigingen');
    const boss = await bearer(ctx.db, agencyB.admin);
    const west = (await call('POST', '/api/branches', boss, { name: 'West' })).json() as { id: string };
    const east = (await call('POST', '/api/branches', boss, { name: 'Oost' })).json() as { id: string };
    const member = await call('PATCH', `/api/users/${agencyB.recruiter.userId}`, boss, { branchId: west.id });
    expect(member.json()).toMatchObject({ branchId: west.id });
    await call('PATCH', `/api/users/${agencyB.admin.userId}`, boss, { branchId: east.id });
    const recruiter = await bearer(ctx.db, agencyB.recruiter);
    expect((await me(recruiter)).branch).toEqual({ id: west.id, name: 'West' });

    const westCompany = await followNewCompany(ctx.db, agencyB.recruiter);
    const eastCompany = await followNewCompany(ctx.db, agencyB.admin);
    const noneCompany = await followNewCompany(ctx.db, agencyB.manager);
    expect((await call('GET', `/api/companies/${westCompany}`, boss)).json()).toMatchObject({ branchId: west.id });

    expect(await companies(`branch=${west.id}`, boss)).toEqual([westCompany]);
    expect(await companies('branch=mine', recruiter)).toEqual([westCompany]);
    expect(await companies('branch=mine', boss)).toEqual([eastCompany]);
    expect(await companies('branch=none', boss)).toEqual([noneCompany]);
    expectProblem(await call('GET', '/api/companies?branch=elders', boss), 400, 'validation');

    // Moved on the company page, and in bulk.
    expect((await call('PATCH', `/api/companies/${noneCompany}`, boss, { branchId: west.id })).json()).toMatchObject({ branchId: west.id });
    expect(await companies('branch=mine', recruiter)).toEqual([westCompany, noneCompany].sort());
    const bulk = await call('POST', '/api/companies/bulk', boss, { target: { filter: { branch: west.id } }, action: { type: 'branch', branchId: east.id } });
    expect(bulk.json()).toMatchObject({ changed: 2, refused: [] });
    expect(await companies(`branch=${east.id}`, boss)).toEqual([westCompany, eastCompany, noneCompany].sort());
    expect(await companies('branch=mine', recruiter)).toEqual([]);
    expectProblem(await call('PATCH', `/api/companies/${westCompany}`, boss, { branchId: (await call('POST', '/api/branches', theirs, { name: 'Elders' })).json().id }), 400, 'validation');
  });

  it('keeps one active user who can manage users: a custom role cannot lose users:manage while its holders are the only ones', async () => {
    const lone = await createTestAgency(ctx.db, 'Eenling');
    const loneAdmin = await bearer(ctx.db, lone.admin);
    const chief = (await call('POST', '/api/roles', loneAdmin, { key: 'chef', name: { nl: 'Chef', en: 'Chief' }, permissions: ['companies:view', 'users:manage'] })).json() as { id: string };
    expect((await call('PATCH', `/api/users/${lone.manager.userId}`, loneAdmin, { role: 'chef' })).statusCode).toBe(200);
    // The admin steps down: the chief still manages users.
    expect((await call('PATCH', `/api/users/${lone.admin.userId}`, loneAdmin, { role: 'viewer' })).statusCode).toBe(200);
    const chiefHeaders = await bearer(ctx.db, lone.manager);
    expectProblem(await call('PATCH', `/api/roles/${chief.id}`, chiefHeaders, { permissions: ['companies:view'] }), 409, 'conflict');
    expectProblem(await call('POST', `/api/users/${lone.manager.userId}/deactivate`, chiefHeaders), 409, 'conflict');
    expect((await call('PATCH', `/api/users/${lone.admin.userId}`, chiefHeaders, { role: 'admin' })).statusCode).toBe(200);
    expect((await call('PATCH', `/api/roles/${chief.id}`, chiefHeaders, { permissions: ['companies:view'] })).statusCode).toBe(200);
  });
});
