import { beforeAll, expect, it } from 'vitest';
import { createTestAgency, createTestUser, snapshot, type TestAgency } from '../support/fixtures.js';
import { bearer, describeApi, expectProblem } from './support.js';
import { fixtureIds, OPERATIONS, requestFor, sessionHeaders } from './operations.js';
import { GRANTS, type Actor, type Permission } from '../../src/identity/domain/roles.js';
import { createRole } from '../../src/identity/create-role.js';

// A custom role (SPEC R4.7): works the pipeline and sees the team, but may not add or remove companies, export or manage users; and one with nothing at all.
const PLANNER: readonly Permission[] = ['companies:view', 'companies:edit', 'leads:view', 'team:lead', 'settings:manage'];
const NOTHING: readonly Permission[] = [];

const PERSONAL_IDS: readonly (string | undefined)[] = ['token', 'companyView', 'notification'];

// Every operation an agency user may call: not the public ones, not the operator's, not the stream (events.int.test.ts).
const matrix = Object.keys(OPERATIONS).filter((op) => !OPERATIONS[op]!.public && !OPERATIONS[op]!.operator && !OPERATIONS[op]!.stream);

describeApi('HTTP roles', (ctx) => {
  let agency: TestAgency;
  let roles: { name: string; actor: Actor; permissions: readonly Permission[] }[];
  let admin: Record<string, string>;
  let recruiter: Record<string, string>;
  beforeAll(async () => {
    agency = await createTestAgency(ctx.db);
    await createRole(ctx.db, agency.admin, { key: 'planner', name: { nl: 'Planner', en: 'Planner' }, permissions: [...PLANNER] });
    await createRole(ctx.db, agency.admin, { key: 'nothing', name: { nl: 'Niets', en: 'Nothing' }, permissions: [] });
    roles = [
      { name: 'admin', actor: agency.admin, permissions: GRANTS.admin },
      { name: 'manager', actor: agency.manager, permissions: GRANTS.manager },
      { name: 'recruiter', actor: agency.recruiter, permissions: GRANTS.recruiter },
      { name: 'viewer', actor: agency.viewer, permissions: GRANTS.viewer },
      { name: 'planner', actor: await createTestUser(ctx.db, agency.agencyId, 'planner'), permissions: PLANNER },
      { name: 'nothing', actor: await createTestUser(ctx.db, agency.agencyId, 'nothing'), permissions: NOTHING },
    ];
    admin = await bearer(ctx.db, agency.admin);
    recruiter = await bearer(ctx.db, agency.recruiter);
  });

  const headersOf = async (operation: string, actor: Actor) => (OPERATIONS[operation]!.session ? sessionHeaders(ctx.db, actor) : bearer(ctx.db, actor));

  it.each(matrix)('%s: every role lacking what it needs is refused and nothing changes; the least powerful role holding it gets through', async (operation) => {
    const { needs } = OPERATIONS[operation]!;
    const ids = await fixtureIds(ctx.db, agency.admin);
    const holders = roles.filter((role) => needs.every((permission) => role.permissions.includes(permission)));
    for (const role of roles.filter((candidate) => !holders.includes(candidate))) {
      const before = await snapshot(ctx.db, agency.agencyId);
      const refused = await ctx.app.inject(requestFor(operation, ids, { headers: await headersOf(operation, role.actor) }));
      expect(refused.statusCode, `${role.name}: ${refused.body}`).toBe(403);
      expectProblem(refused, 403, 'forbidden');
      expect(await snapshot(ctx.db, agency.agencyId)).toEqual(before);
    }
    expect(holders.length, 'the admin holds every agency permission').toBeGreaterThan(0);
    // A token, saved view or notification is its owner's (the fixtures' admin): another holder would find none of theirs.
    const least = PERSONAL_IDS.includes(OPERATIONS[operation]!.id!) ? holders[0]! : holders.at(-1)!;
    const allowed = await ctx.app.inject(requestFor(operation, ids, { headers: await headersOf(operation, least.actor) }));
    expect(allowed.statusCode, `${least.name}: ${allowed.body}`).toBeLessThan(300);
  });

  it('names, for each operation, the permissions it needs: a new route without an entry fails the isolation suite, one without needs does not compile', () => {
    for (const operation of Object.keys(OPERATIONS)) expect(Array.isArray(OPERATIONS[operation]!.needs), operation).toBe(true);
  });

  it.each(Object.keys(OPERATIONS).filter((op) => OPERATIONS[op]!.operator))('no agency role can %s, not even an admin: shared data is the operator’s', async (operation) => {
    const ids = await fixtureIds(ctx.db, agency.admin);
    for (const { actor } of roles) {
      const before = await snapshot(ctx.db, agency.agencyId);
      expectProblem(await ctx.app.inject(requestFor(operation, ids, { headers: await bearer(ctx.db, actor) })), 403, 'forbidden');
      expect(await snapshot(ctx.db, agency.agencyId)).toEqual(before);
    }
  });

  it('the built-in roles in the database hold exactly the grants in code (domain/roles.ts), so they keep their behaviour', async () => {
    const rows = await ctx.db.selectFrom('agency_roles').select(['key', 'permissions', 'built_in']).where('agency_id', '=', agency.agencyId).where('built_in', '=', true).execute();
    expect(Object.fromEntries(rows.map((row) => [row.key, [...row.permissions].sort()]))).toEqual({
      admin: [...GRANTS.admin].sort(),
      manager: [...GRANTS.manager].sort(),
      recruiter: [...GRANTS.recruiter].sort(),
      viewer: [...GRANTS.viewer].sort(),
    });
  });

  it('a recruiter cannot manage users; an admin can, within their own agency', async () => {
    const ids = await fixtureIds(ctx.db, agency.admin);
    expectProblem(await ctx.app.inject(requestFor('POST /api/users', ids, { headers: recruiter })), 403, 'forbidden');
    const created = await ctx.app.inject(requestFor('POST /api/users', ids, { headers: admin, body: { email: 'Nieuw@Bureau.nl', password: 'een-lang-geheim-wachtwoord', role: 'manager', name: 'Nieuwe Collega' } }));
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ email: 'nieuw@bureau.nl', role: 'manager', name: 'Nieuwe Collega' });
    const row = await ctx.db.selectFrom('users').select(['agency_id', 'password_hash']).where('email', '=', 'nieuw@bureau.nl').executeTakeFirstOrThrow();
    expect(row.agency_id).toBe(agency.agencyId);
    expect(row.password_hash).toMatch(/^scrypt\$/);
    expect(created.body).not.toContain('scrypt');

    const again = await ctx.app.inject(requestFor('POST /api/users', ids, { headers: admin, body: { email: 'nieuw@bureau.nl', password: 'een-lang-geheim-wachtwoord', role: 'viewer' } }));
    expectProblem(again, 409, 'conflict');
  });

  it('a recruiter and a manager can work the pipeline', async () => {
    for (const headers of [recruiter, await bearer(ctx.db, agency.manager)]) {
      const ids = await fixtureIds(ctx.db, agency.admin);
      const moved = await ctx.app.inject(requestFor('POST /api/companies/{id}/status', ids, { headers, body: { status: 'meeting' } }));
      expect(moved.statusCode, moved.body).toBe(200);
    }
  });
});
