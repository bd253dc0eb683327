import { randomUUID } from 'node:crypto';
import type { InjectOptions } from 'fastify';
import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/platform/db/database.js';
import { createTestAgency, createTestUser, FIXTURE_PASSWORD, snapshot, type TestAgency } from '../support/fixtures.js';
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

  /*
   * A custom role deleted while an admin gives it (to a colleague, in an
   * invite, to a new user): the delete locks the role and finds nobody
   * holding it; the giver read the role before, and its write then waits on
   * the foreign key until the delete commits. The giver must get a 409 that
   * says so, in the caller's language, and change nothing. Deterministic on
   * PostgreSQL: a transaction of the test's own plays the delete; PGlite
   * has one connection, so nothing runs meanwhile there.
   */
  describe.skipIf(ctx.database.name === 'pglite')('a role deleted while it is being given', () => {
    const newRole = async (key: string) =>
      ((await ctx.app.inject({ method: 'POST', url: '/api/roles', headers: admin, payload: { key, name: { nl: 'Weg', en: 'Gone' }, permissions: ['leads:view'] } })).json() as { id: string }).id;
    const givers: [string, (key: string, colleague: string) => InjectOptions][] = [
      ['a colleague', (key, colleague) => ({ method: 'PATCH', url: `/api/users/${colleague}`, payload: { role: key } })],
      ['an invite', (key) => ({ method: 'POST', url: '/api/invites', payload: { email: `${key}@bureau.example`, role: key } })],
      ['a new user', (key) => ({ method: 'POST', url: '/api/users', payload: { email: `${key}-user@bureau.example`, password: 'een-lang-geheim-wachtwoord', role: key } })],
    ];

    it.each(givers)('giving it to %s then is a 409 in Dutch and English, never a 5xx, and changes nothing', async (_, request) => {
      for (const language of ['nl', 'en'] as const) {
        const key = `weg-${randomUUID().slice(0, 8)}`;
        const roleId = await newRole(key);
        const colleague = await createTestUser(ctx.db, agency.agencyId, 'recruiter');
        const before = await snapshot(ctx.db, agency.agencyId);
        const invitesBefore = await ctx.db.selectFrom('invites').select('id').where('agency_id', '=', agency.agencyId).execute();
        const giving = await ctx.db.transaction().execute(async (trx) => {
          await trx.selectFrom('agency_roles').select('id').where('id', '=', roleId).forUpdate().execute();
          const options = request(key, colleague.userId);
          const pending = ctx.app.inject({ ...options, headers: { ...admin, 'accept-language': language } });
          await waitForLockWait(ctx.db);
          await trx.deleteFrom('agency_roles').where('id', '=', roleId).execute();
          return { pending };
        });
        const response = await giving.pending;
        const problem = expectProblem(response, 409, 'conflict');
        expect(problem.detail).toBe(language === 'nl' ? 'Deze rol is net verwijderd; kies een andere rol.' : 'This role was deleted just now; choose another role.');
        expect((await ctx.db.selectFrom('users').select('role').where('id', '=', colleague.userId).executeTakeFirstOrThrow()).role).toBe('recruiter');
        // The delete went through; the giving left no trace.
        expect(await snapshot(ctx.db, agency.agencyId)).toEqual({ ...before, roles: before.roles.filter((role) => role.id !== roleId) });
        expect(await ctx.db.selectFrom('invites').select('id').where('agency_id', '=', agency.agencyId).execute()).toEqual(invitesBefore);
      }
    });

    it('races the delete against giving it, many times: one of the two is refused (409, or 400 once the role is gone), never a 5xx, and the outcome is whole', async () => {
      const colleague = await createTestUser(ctx.db, agency.agencyId, 'recruiter');
      for (let round = 0; round < 16; round++) {
        const key = `race-${randomUUID().slice(0, 8)}`;
        const roleId = await newRole(key);
        const remove = () => ctx.app.inject({ method: 'DELETE', url: `/api/roles/${roleId}`, headers: admin });
        const give = () => ctx.app.inject({ method: 'PATCH', url: `/api/users/${colleague.userId}`, headers: admin, payload: { role: key } });
        const [deleted, given] = round % 2 === 0 ? await Promise.all([remove(), give()]) : (await Promise.all([give(), remove()])).reverse();
        const held = (await ctx.db.selectFrom('users').select('role').where('id', '=', colleague.userId).executeTakeFirstOrThrow()).role;
        const exists = await ctx.db.selectFrom('agency_roles').select('id').where('id', '=', roleId).executeTakeFirst();
        if (deleted!.statusCode === 204) {
          expect([400, 409], given!.body).toContain(given!.statusCode);
          expect(held).toBe('recruiter');
          expect(exists).toBeUndefined();
        } else {
          expectProblem(deleted!, 409, 'conflict');
          expect(given!.statusCode, given!.body).toBe(200);
          expect(held).toBe(key);
          expect(exists).toBeDefined();
          await ctx.app.inject({ method: 'PATCH', url: `/api/users/${colleague.userId}`, headers: admin, payload: { role: 'recruiter' } });
        }
      }
    });
  });
});

/** Until some other connection of the database waits on a lock (the request the test holds back), for at most 5 s. */
async function waitForLockWait(db: Db): Promise<void> {
  for (let tries = 0; tries < 100; tries++) {
    const { rows } = await sql<{ waiting: number }>`select count(*)::int as waiting from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`.execute(db);
    if (rows[0]!.waiting > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('the request never waited on the role');
}
