import { randomUUID } from 'node:crypto';
import { setImmediate } from 'node:timers/promises';
import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Pipeline } from '../pipeline/domain/index.js';
import { defaultPipeline } from '../pipeline/index.js';
import type { Actor } from '../identity/domain/roles.js';
import { describeEachDatabase } from '../../test/support/databases.js';
import { createGlobalCompany, createTestAgency, type TestAgency } from '../../test/support/fixtures.js';
import { changeStatus } from '../pipeline/change-status.js';
import { deleteCompany } from '../clients/delete-company.js';
import { followCompany } from '../clients/follow-company.js';
import { logOutreach } from '../clients/log-outreach.js';
import { updateCompany } from '../clients/update-company.js';
import { readPipelineAnalytics } from './read-pipeline-analytics.js';
import { StageLogCache, stageLogCaches, type StageLogCaches } from './stage-log-cache.js';

/*
 * The cache must always give what a direct replay of the log gives. Each
 * step below changes the log in one way, then compares every figure, for
 * the whole agency and per owner. The cache hears of no change: it finds
 * them in the log itself, as it would for writes on another instance.
 */
const day = (n: number) => new Date(Date.UTC(2026, 0, 1 + n));
const on = (n: number) => () => day(n);
const NOW = day(200);

describeEachDatabase('StageLogCache', (ctx) => {
  let agency: TestAgency;
  let other: TestAgency;
  let cache: StageLogCaches;
  let pipeline: Pipeline;

  beforeAll(async () => {
    agency = await createTestAgency(ctx.db, 'Cached agency');
    other = await createTestAgency(ctx.db, 'Other agency');
    cache = stageLogCaches(ctx.db);
    pipeline = await defaultPipeline(ctx.db, agency.agencyId);
  });

  /** Cached and direct figures agree, for everyone and for each owner; returns the cached ones for everyone. */
  async function expectAgreement(actor: Actor = agency.admin, clock = () => NOW) {
    const read = (ownerId: string | undefined, withCache: boolean) =>
      readPipelineAnalytics(ctx.db, actor, { from: '2026-01-01', ...(ownerId ? { ownerId } : {}) }, clock, withCache ? cache : undefined);
    for (const ownerId of [undefined, agency.admin.userId, agency.recruiter.userId]) {
      expect(await read(ownerId, true)).toEqual(await read(ownerId, false));
    }
    return read(undefined, true);
  }

  const follow = async (actor: Actor, n: number) => (await followCompany(ctx.db, actor, { globalCompanyId: await createGlobalCompany(ctx.db) }, on(n))).company.id;

  it('follows every kind of change in the log', async () => {
    expect((await expectAgreement()).distribution.total).toBe(0);

    const a = await follow(agency.admin, 1);
    const b = await follow(agency.recruiter, 2);
    expect((await expectAgreement()).distribution.total).toBe(2);

    await changeStatus(ctx.db, agency.admin, { companyId: a, status: 'contacted' }, on(5));
    await logOutreach(ctx.db, agency.recruiter, { companyId: b, channel: 'email' }, on(6)); // automatic move to Contacted
    await changeStatus(ctx.db, agency.admin, { companyId: a, status: 'lost', lossReason: 'no_response' }, on(20));
    expect((await expectAgreement()).winRate.total).toEqual({ won: 0, lost: 1, rate: 0 });

    // Owner changes move a company between owner filters, though no stage changes.
    await updateCompany(ctx.db, agency.admin, { companyId: b, ownerId: agency.admin.userId }, on(30));
    await expectAgreement();

    // Deleted, followed again (the same company row), and a restart after Lost.
    await deleteCompany(ctx.db, agency.recruiter, { companyId: b }, on(40));
    expect((await expectAgreement()).distribution.total).toBe(1);
    const again = (await followCompany(ctx.db, agency.recruiter, { globalCompanyId: await globalOf(b) }, on(50))).company.id;
    expect(again).toBe(b);
    await changeStatus(ctx.db, agency.admin, { companyId: a, status: 'prospect' }, on(60));
    await changeStatus(ctx.db, agency.admin, { companyId: a, status: 'won' }, on(70));
    const figures = await expectAgreement();
    expect(figures.distribution.total).toBe(2);
    expect(figures.funnel.total.started).toBe(4);

    // Another agency's changes are not this agency's, and it gets its own logs.
    await follow(other.admin, 80);
    await expectAgreement();
    expect((await expectAgreement(other.admin)).distribution.total).toBe(1);
  });

  it('replays directly when the log holds events after the reader\'s now', async () => {
    const c = await follow(agency.recruiter, 150);
    await changeStatus(ctx.db, agency.recruiter, { companyId: c, status: 'contacted' }, on(160));
    const before = await expectAgreement(agency.admin, on(155));
    expect(before.distribution.stages.find((s) => s.stage === 'contacted')!.count).toBe(0);
  });

  it('agrees with a direct replay when it reads the log a few companies at a time', async () => {
    for (const pageSize of [1, 2, 3]) {
      const paged = stageLogCaches(ctx.db, { pageSize });
      const read = (cache?: StageLogCaches) => readPipelineAnalytics(ctx.db, agency.admin, { from: '2026-01-01' }, () => NOW, cache);
      expect(await read(paged)).toEqual(await read());
      // And when the log grew: only the changed companies are read again, also a page at a time.
      await follow(agency.recruiter, 100 + pageSize);
      await follow(agency.admin, 100 + pageSize);
      expect(await read(paged)).toEqual(await read());
    }
  });

  it('keeps a bounded number of agencies and owner filters, the least recently read going first', async () => {
    const bounded = new StageLogCache(ctx.db, pipeline, { maxAgencies: 2, maxOwnerFilters: 3 });
    const agencies = [agency, other, await createTestAgency(ctx.db, 'Third agency')];
    for (const { agencyId } of agencies) await bounded.columns(agencyId, undefined, NOW);
    expect(await bounded.sizes()).toEqual({ agencies: 2, ownerFilters: 0 });
    // Any id a client sends makes a filter; they do not pile up.
    for (let i = 0; i < 10; i++) await bounded.columns(agency.agencyId, randomUUID(), NOW);
    expect(await bounded.sizes()).toEqual({ agencies: 2, ownerFilters: 3 });
    const owned = await bounded.columns(agency.agencyId, agency.recruiter.userId, NOW);
    expect(await bounded.columns(agency.agencyId, agency.recruiter.userId, NOW)).toBe(owned);
  });

  it('lets other queries in while it replays the whole log (PGlite: between its statements)', async () => {
    if (ctx.database.name !== 'pglite') return; // PostgreSQL has a pool: no queue to observe
    const cold = new StageLogCache(ctx.db, pipeline, { pageSize: 1 });
    const finished: string[] = [];
    // Hold the one connection while the replay and then another query queue up behind it, in that order.
    await ctx.db.transaction().execute(async (trx) => {
      void cold.columns(agency.agencyId, undefined, NOW).then(() => finished.push('replay'));
      await setImmediate();
      void ctx.db.selectFrom('users').select('id').limit(1).execute().then(() => finished.push('other'));
      await trx.selectFrom('users').select('id').limit(1).execute();
    });
    await expect.poll(() => finished.length).toBe(2);
    expect(finished).toEqual(['other', 'replay']);
  });

  const globalOf = async (companyId: string) =>
    (await ctx.db.selectFrom('companies').select('global_company_id').where('id', '=', companyId).executeTakeFirstOrThrow()).global_company_id;

  describe('an activity that commits after a later one (PostgreSQL: concurrent writers)', () => {
    it('is found all the same, by reading the log again', async () => {
      if (ctx.database.name !== 'postgres') return; // PGlite has one connection: writes cannot overlap
      const slow = await follow(agency.admin, 170);
      const fast = await follow(agency.admin, 171);
      await expectAgreement();

      let release!: () => void;
      const released = new Promise<void>((resolve) => (release = resolve));
      let inserted!: () => void;
      const insertedOnce = new Promise<void>((resolve) => (inserted = resolve));
      // Takes its seq first, commits last: the seq is not a commit order.
      const late = ctx.db.transaction().execute(async (trx) => {
        await sql`insert into client_company_activities (agency_id, company_id, activity_type, old_status, new_status, created_at)
          values (${agency.agencyId}, ${slow}, 'status_change', 'prospect', 'meeting', ${day(180)})`.execute(trx);
        inserted();
        await released;
      });
      await insertedOnce;
      await changeStatus(ctx.db, agency.admin, { companyId: fast, status: 'contacted' }, on(181));
      await expectAgreement(); // sees the later change, not the uncommitted one
      release();
      await late;
      const figures = await expectAgreement();
      expect(figures.distribution.stages.find((s) => s.stage === 'meeting')!.count).toBeGreaterThan(0);
    });

    it('is not awaited from a transaction that was running and rolled back', async () => {
      if (ctx.database.name !== 'postgres') return;
      const company = await follow(agency.admin, 172);
      let release!: () => void;
      const released = new Promise<void>((resolve) => (release = resolve));
      let inserted!: () => void;
      const insertedOnce = new Promise<void>((resolve) => (inserted = resolve));
      const rolledBack = ctx.db
        .transaction()
        .execute(async (trx) => {
          await sql`insert into client_company_activities (agency_id, company_id, activity_type, old_status, new_status, created_at)
            values (${agency.agencyId}, ${company}, 'status_change', 'prospect', 'won', ${day(180)})`.execute(trx);
          inserted();
          await released;
          throw new Error('rolled back');
        })
        .catch(() => undefined);
      await insertedOnce;
      const won = (await expectAgreement()).distribution.stages.find((s) => s.stage === 'won')!.count; // read while it runs
      release();
      await rolledBack;
      await changeStatus(ctx.db, agency.admin, { companyId: company, status: 'contacted' }, on(182));
      const figures = await expectAgreement();
      expect(figures.distribution.stages.find((s) => s.stage === 'won')!.count).toBe(won);
    });
  });

  it('has every transaction hold its id before it takes an activity seq (the running list then names it)', async () => {
    const company = await follow(agency.admin, 173);
    // The statement's values are made after its statement triggers ran, and before the row is stored (where PostgreSQL would take the id otherwise).
    const row = await ctx.db.transaction().execute(async (trx) => {
      await sql`insert into client_company_activities (agency_id, company_id, activity_type, extra_data, created_at)
        values (${agency.agencyId}, ${company}, 'note', jsonb_build_object('xid', pg_current_xact_id_if_assigned()::text), ${day(173)})`.execute(trx);
      return (await sql<{ xid: string | null; own: string }>`
        select extra_data->>'xid' as xid, pg_current_xact_id()::text as own from client_company_activities
        where agency_id = ${agency.agencyId} and company_id = ${company} and activity_type = 'note'`.execute(trx)).rows[0]!;
    });
    expect(row.xid).toBe(row.own);
  });
});
