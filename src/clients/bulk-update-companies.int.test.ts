import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../test/support/databases.js';
import { createTestAgency, type TestAgency } from '../../test/support/fixtures.js';
import { followShared, installHoldPipeline } from '../../test/support/company-list-data.js';
import { refusal } from '../../test/support/pipelines.js';
import { changeStatus } from '../pipeline/change-status.js';
import { BULK_LIMIT, bulkUpdateCompanies } from './bulk-update-companies.js';
import { updateCompany } from './update-company.js';
import type { Db } from '../platform/db/database.js';

/*
 * Bulk actions on the companies page: each record through its own use case
 * and transaction, so valid records change and refused ones (a gate, the
 * graph, another agency's id) are listed with their reason, untouched.
 */

const NOW = new Date();
const clock = () => NOW;

async function record(db: Db, agencyId: string, id: string) {
  return db
    .selectFrom('companies')
    .select(['client_status as status', 'owner_id as ownerId', 'favorited', 'new_jobs_notifications as alerts', 'deleted_at as deletedAt'])
    .where('agency_id', '=', agencyId)
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
}

async function activities(db: Db, agencyId: string, id: string, type: string): Promise<number> {
  const rows = await db.selectFrom('client_company_activities').select('id').where('agency_id', '=', agencyId).where('company_id', '=', id).where('activity_type', '=', type).execute();
  return rows.length;
}

describeEachDatabase('bulk actions on the companies page', (ctx) => {
  let agency: TestAgency;
  let other: TestAgency;
  let holdPipeline: string;
  let theirs: string;
  const follow = (name: string, pipelineId?: string) => followShared(ctx.db, agency.recruiter, { name }, NOW, pipelineId);

  beforeAll(async () => {
    agency = await createTestAgency(ctx.db, 'Bulkbureau');
    other = await createTestAgency(ctx.db, 'Ander bulkbureau');
    holdPipeline = await installHoldPipeline(ctx.db, agency.agencyId);
    theirs = await followShared(ctx.db, other.recruiter, { name: 'Niet van ons' }, NOW);
  });

  it('moves each record through the stage writer and lists the gate, graph and other-agency refusals, in Dutch', async () => {
    const { db } = ctx;
    const plain = await follow('Gewoon Prospect');
    const withSector = await follow('Met sector', holdPipeline);
    await updateCompany(db, agency.recruiter, { companyId: withSector, fields: { sector: 'bouw' } });
    const withoutSector = await follow('Zonder sector', holdPipeline);
    const won = await follow('Al gewonnen');
    await changeStatus(db, agency.recruiter, { companyId: won, status: 'won' });
    const there = await follow('Er al');
    await changeStatus(db, agency.recruiter, { companyId: there, status: 'meeting' });

    const result = await bulkUpdateCompanies(
      db,
      agency.recruiter,
      { target: { ids: [plain, withSector, withoutSector, won, there, theirs] }, action: { type: 'stage', stage: 'meeting' }, language: 'nl' },
      clock,
    );
    expect(result).toMatchObject({ action: 'stage', targeted: 6, changed: 2, unchanged: 1 });
    expect(result.refused).toEqual([
      expect.objectContaining({ id: withoutSector, name: 'Zonder sector', problem: 'gates-required', missing: [{ kind: 'field', field: 'sector' }], detail: expect.stringContaining('vraagt') }),
      expect.objectContaining({ id: won, name: 'Al gewonnen', problem: 'invalid-transition', detail: expect.stringMatching(/^Kan niet van 'won' naar 'meeting'/) }),
      { id: theirs, name: null, problem: 'not-found', detail: `Bedrijf ${theirs} niet gevonden.` },
    ]);
    for (const id of [plain, withSector, there]) expect((await record(db, agency.agencyId, id)).status).toBe('meeting');
    expect((await record(db, agency.agencyId, withoutSector)).status).toBe('prospect');
    expect((await record(db, agency.agencyId, won)).status).toBe('won');
    expect((await record(db, other.agencyId, theirs)).status).toBe('prospect');
    // One status activity per move, none for the refused or the record already there.
    expect(await activities(db, agency.agencyId, plain, 'status_change')).toBe(1);
    expect(await activities(db, agency.agencyId, withoutSector, 'status_change')).toBe(0);
    expect(await activities(db, agency.agencyId, there, 'status_change')).toBe(1);
  });

  it('carries the gate fields with every move, and English reasons when asked', async () => {
    const { db } = ctx;
    const a = await follow('Verloren A');
    const b = await follow('Verloren B');
    const refusedWithout = await bulkUpdateCompanies(db, agency.recruiter, { target: { ids: [a] }, action: { type: 'stage', stage: 'lost' } }, clock);
    expect(refusedWithout.refused).toEqual([expect.objectContaining({ id: a, problem: 'loss-reason-required', detail: "Moving to 'lost' requires a loss reason." })]);
    const result = await bulkUpdateCompanies(db, agency.recruiter, { target: { ids: [a, b] }, action: { type: 'stage', stage: 'lost', lossReason: 'no_response' } }, clock);
    expect(result).toMatchObject({ changed: 2, refused: [] });
    expect((await record(db, agency.agencyId, b)).status).toBe('lost');
  });

  it('assigns an owner, sets favourite and new-job alerts, counting what was already so', async () => {
    const { db } = ctx;
    const a = await follow('Eigenaar A');
    const b = await follow('Eigenaar B');
    await updateCompany(db, agency.recruiter, { companyId: b, ownerId: agency.manager.userId, favorited: true });
    const owner = await bulkUpdateCompanies(db, agency.recruiter, { target: { ids: [a, b, theirs] }, action: { type: 'owner', ownerId: agency.manager.userId } }, clock);
    expect(owner).toMatchObject({ changed: 1, unchanged: 1, refused: [{ id: theirs, problem: 'not-found' }] });
    expect((await record(db, agency.agencyId, a)).ownerId).toBe(agency.manager.userId);
    expect(await activities(db, agency.agencyId, a, 'owner_changed')).toBe(1);
    expect((await record(db, other.agencyId, theirs)).ownerId).toBe(other.recruiter.userId);

    const none = await bulkUpdateCompanies(db, agency.recruiter, { target: { ids: [a] }, action: { type: 'owner', ownerId: null } }, clock);
    expect(none.changed).toBe(1);
    expect((await record(db, agency.agencyId, a)).ownerId).toBeNull();
    // Another agency's user is no owner here: the whole request is refused before anything changes.
    await expect(bulkUpdateCompanies(db, agency.recruiter, { target: { ids: [a, b] }, action: { type: 'owner', ownerId: other.admin.userId } }, clock)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    expect((await record(db, agency.agencyId, b)).ownerId).toBe(agency.manager.userId);

    expect(await bulkUpdateCompanies(db, agency.recruiter, { target: { ids: [a, b, theirs] }, action: { type: 'favorite', value: true } }, clock)).toMatchObject({
      changed: 1,
      unchanged: 1,
      refused: [{ id: theirs, problem: 'not-found' }],
    });
    expect((await record(db, agency.agencyId, a)).favorited).toBe(true);
    expect((await record(db, other.agencyId, theirs)).favorited).toBe(false);
    expect(await bulkUpdateCompanies(db, agency.recruiter, { target: { ids: [a, b, theirs] }, action: { type: 'alerts', value: false } }, clock)).toMatchObject({
      changed: 2,
      refused: [{ id: theirs, problem: 'not-found' }],
    });
    expect((await record(db, agency.agencyId, b)).alerts).toBe(false);
    expect((await record(db, other.agencyId, theirs)).alerts).toBe(true);
  });

  it('unfollows through the delete use case, keeping the history', async () => {
    const { db } = ctx;
    const a = await follow('Ontvolgen A');
    const result = await bulkUpdateCompanies(db, agency.recruiter, { target: { ids: [a, theirs] }, action: { type: 'unfollow' } }, clock);
    expect(result).toMatchObject({ changed: 1, refused: [{ id: theirs, name: null, problem: 'not-found' }] });
    expect((await record(db, agency.agencyId, a)).deletedAt).not.toBeNull();
    expect(await activities(db, agency.agencyId, a, 'company_deleted')).toBe(1);
    expect((await record(db, other.agencyId, theirs)).deletedAt).toBeNull();
    // Unfollowed already: not found now, listed as refused.
    expect((await bulkUpdateCompanies(db, agency.recruiter, { target: { ids: [a] }, action: { type: 'unfollow' } }, clock)).refused).toEqual([
      expect.objectContaining({ id: a, name: 'Ontvolgen A', problem: 'not-found' }),
    ]);
  });

  it('acts on all that match the list filter, and only those of the agency', async () => {
    const { db } = ctx;
    const a = await follow('Filterdoel Een');
    const b = await follow('Filterdoel Twee');
    const foreign = await followShared(db, other.recruiter, { name: 'Filterdoel Vreemd' }, NOW);
    const result = await bulkUpdateCompanies(db, agency.recruiter, { target: { filter: { q: 'filterdoel' } }, action: { type: 'favorite', value: true } }, clock);
    expect(result).toMatchObject({ targeted: 2, changed: 2, refused: [] });
    for (const id of [a, b]) expect((await record(db, agency.agencyId, id)).favorited).toBe(true);
    expect((await record(db, other.agencyId, foreign)).favorited).toBe(false);
  });

  it('refuses more than the cap, a viewer, and a bad action, changing nothing', async () => {
    const { db } = ctx;
    const a = await follow('Te veel');
    const ids = [a, ...Array.from({ length: BULK_LIMIT }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`)];
    expect((await refusal(bulkUpdateCompanies(db, agency.recruiter, { target: { ids }, action: { type: 'favorite', value: true } }, clock))).code).toBe('VALIDATION');
    expect((await refusal(bulkUpdateCompanies(db, agency.viewer, { target: { ids: [a] }, action: { type: 'favorite', value: true } }, clock))).code).toBe('FORBIDDEN');
    for (const action of [{ type: 'delete' }, { type: 'stage' }, { type: 'favorite', value: 'ja' }]) {
      expect((await refusal(bulkUpdateCompanies(db, agency.recruiter, { target: { ids: [a] }, action } as never, clock))).code).toBe('VALIDATION');
    }
    expect((await refusal(bulkUpdateCompanies(db, agency.recruiter, { target: { filter: { stale: 'ja' } }, action: { type: 'unfollow' } } as never, clock))).code).toBe('VALIDATION');
    expect(await record(db, agency.agencyId, a)).toMatchObject({ favorited: false, deletedAt: null });
  });
});
