import { randomUUID } from 'node:crypto';
import { beforeAll, expect, it } from 'vitest';
import { createOperator } from '../../src/identity/create-operator.js';
import type { Actor } from '../../src/identity/domain/roles.js';
import { createTestAgency, snapshot, type TestAgency } from '../support/fixtures.js';
import { bearer, describeApi, expectProblem, operatorBearer } from './support.js';
import { fixtureIds, OPERATIONS, requestFor } from './operations.js';

// Besides importing, an operator may know who they are, read reference data that is the same for everyone,
// and, like everyone who is logged in, manage their own profile, password and API tokens.
const NOT_AGENCY_DATA = new Set(['GET /api/me', 'GET /api/loss-reasons', 'PATCH /api/me', 'POST /api/auth/password', 'POST /api/tokens', 'GET /api/tokens', 'DELETE /api/tokens/{id}']);
const agencyOperations = Object.keys(OPERATIONS).filter(
  (op) => !OPERATIONS[op]!.public && !OPERATIONS[op]!.stream && !OPERATIONS[op]!.operator && !NOT_AGENCY_DATA.has(op),
);
const PASSWORD = 'operator-wachtwoord-2026';

describeApi('HTTP operator', (ctx) => {
  let agency: TestAgency;
  let operator: Actor;
  let email: string;
  let operatorHeaders: Record<string, string>;
  beforeAll(async () => {
    agency = await createTestAgency(ctx.db);
    email = `operator-${randomUUID()}@platform.test`;
    const created = await createOperator(ctx.db, { email, password: PASSWORD, name: 'Platform Operator' });
    operator = { agencyId: created.agencyId, userId: created.userId, role: 'operator' };
    operatorHeaders = await operatorBearer(ctx.db);
  });

  it('logs in as an operator of the platform, which is no agency and owns no pipeline data', async () => {
    const login = await ctx.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password: PASSWORD } });
    expect(login.statusCode, login.body).toBe(200);
    const cookie = login.headers['set-cookie']!.toString().split(';')[0]!;
    const me = await ctx.app.inject({ method: 'GET', url: '/api/me', headers: { cookie } });
    expect(me.statusCode, me.body).toBe(200);
    expect(me.json()).toEqual({ id: operator.userId, email, name: 'Platform Operator', role: 'operator', language: null, agency: { id: operator.agencyId, name: 'clientpipe platform', dossierKinds: ['leads', 'opportunities'] }, roleName: null, permissions: ['data:import'], branch: null });
    expect(operator.agencyId).not.toBe(agency.agencyId);
    // A second operator joins the same platform agency.
    const second = await createOperator(ctx.db, { email: `operator-${randomUUID()}@platform.test`, password: PASSWORD });
    expect(second.agencyId).toBe(operator.agencyId);
    expect(await snapshot(ctx.db, operator.agencyId)).toMatchObject({ companies: 0, activities: 0, contacts: 0 });
  });

  it('imports shared data over HTTP', async () => {
    const tag = `Op${randomUUID().slice(0, 8)}`;
    const csv = `name,website\n${tag} B.V.,${tag.toLowerCase()}.nl\n`;
    const response = await ctx.app.inject({ method: 'POST', url: '/api/imports/companies', headers: { ...operatorHeaders, 'content-type': 'text/csv' }, payload: csv });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.body.trim().split('\n').map((line) => JSON.parse(line)).at(-1)).toMatchObject({ phase: 'done', counts: { inserted: 1, rejected: 0 } });
    expect(await ctx.db.selectFrom('global_companies').select('name').where('website_domain', '=', `${tag.toLowerCase()}.nl`).execute()).toEqual([{ name: `${tag} B.V.` }]);
  });

  it.each(agencyOperations)('an operator cannot %s', async (operation) => {
    const ids = await fixtureIds(ctx.db, agency.admin);
    const before = await snapshot(ctx.db, agency.agencyId);
    const response = await ctx.app.inject(requestFor(operation, ids, { headers: operatorHeaders }));
    expectProblem(response, 403, 'forbidden');
    expect(await snapshot(ctx.db, agency.agencyId)).toEqual(before);
  });

  it('cannot be made by an agency: an admin cannot give the role, and the database refuses an operator in an agency', async () => {
    const adminHeaders = await bearer(ctx.db, agency.admin);
    const created = await ctx.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: adminHeaders,
      payload: { email: `${randomUUID()}@example.test`, password: PASSWORD, role: 'operator' },
    });
    expectProblem(created, 400, 'validation');
    const user = (agencyId: string, role: 'operator' | 'admin') =>
      ctx.db.insertInto('users').values({ agency_id: agencyId, email: `${randomUUID()}@example.test`, name: 'X', password_hash: 'scrypt$test', role, branch_id: null }).execute();
    await expect(user(agency.agencyId, 'operator')).rejects.toThrow(/users_platform_fkey|foreign key/);
    // Nor does an agency user belong to the platform.
    await expect(user(operator.agencyId, 'admin')).rejects.toThrow(/users_platform_fkey|foreign key/);
  });
});
