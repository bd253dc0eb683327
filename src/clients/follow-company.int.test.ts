import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../test/support/databases.js';
import { createGlobalCompany, createTestAgency, snapshot, type TestAgency } from '../../test/support/fixtures.js';
import { followCompany } from './follow-company.js';
import { readTimeline } from './read-timeline.js';

describeEachDatabase('followCompany', (ctx) => {
  let agency: TestAgency;
  beforeAll(async () => {
    agency = await createTestAgency(ctx.db);
  });

  it('starts at prospect, owned by the follower, with company_tracked as the first timeline entry', async () => {
    const { db } = ctx;
    const globalCompanyId = await createGlobalCompany(db, 'Rijn Logistiek B.V.');
    const at = new Date('2026-02-02T08:00:00.000Z');
    const { company, activity, restored } = await followCompany(db, agency.recruiter, { globalCompanyId }, () => at);
    expect(restored).toBe(false);
    expect(company).toMatchObject({ status: 'prospect', statusChangedAt: at, ownerId: agency.recruiter.userId, createdBy: agency.recruiter.userId });
    expect(activity).toMatchObject({ type: 'company_tracked', oldStatus: null, newStatus: 'prospect', userId: agency.recruiter.userId });
    expect(activity.description).toContain('Rijn Logistiek B.V.');
    const { items } = await readTimeline(db, agency.recruiter, { companyId: company.id });
    expect(items).toHaveLength(1);
  });

  it('assigns another owner of the same agency', async () => {
    const { db } = ctx;
    const { company } = await followCompany(db, agency.recruiter, { globalCompanyId: await createGlobalCompany(db), ownerId: agency.admin.userId });
    expect(company.ownerId).toBe(agency.admin.userId);
  });

  it('refuses an owner from another agency as not found', async () => {
    const { db } = ctx;
    const other = await createTestAgency(db, 'Other');
    await expect(
      followCompany(db, agency.recruiter, { globalCompanyId: await createGlobalCompany(db), ownerId: other.admin.userId }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND', data: { entity: 'User' } });
  });

  it('is a conflict naming the existing record when the agency already follows the company', async () => {
    const { db } = ctx;
    const globalCompanyId = await createGlobalCompany(db);
    const first = await followCompany(db, agency.recruiter, { globalCompanyId });
    const before = await snapshot(db, agency.agencyId);
    await expect(followCompany(db, agency.admin, { globalCompanyId })).rejects.toMatchObject({
      code: 'CONFLICT',
      data: { existingCompanyId: first.company.id },
    });
    expect(await snapshot(db, agency.agencyId)).toEqual(before);
  });

  it('lets two agencies follow the same company independently', async () => {
    const { db } = ctx;
    const other = await createTestAgency(db, 'Other');
    const globalCompanyId = await createGlobalCompany(db);
    const mine = await followCompany(db, agency.recruiter, { globalCompanyId });
    const theirs = await followCompany(db, other.recruiter, { globalCompanyId });
    expect(theirs.company.id).not.toBe(mine.company.id);
  });

  it('resolves two simultaneous follows to one record and one conflict', async () => {
    const { db } = ctx;
    const globalCompanyId = await createGlobalCompany(db);
    const results = await Promise.allSettled([
      followCompany(db, agency.recruiter, { globalCompanyId }),
      followCompany(db, agency.admin, { globalCompanyId }),
    ]);
    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0]!.reason).toMatchObject({ code: 'CONFLICT' });
  });

  it('rejects unknown and malformed global company ids, and viewers', async () => {
    const { db } = ctx;
    const before = await snapshot(db, agency.agencyId);
    await expect(followCompany(db, agency.recruiter, { globalCompanyId: '00000000-0000-4000-8000-000000000000' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(followCompany(db, agency.recruiter, { globalCompanyId: 'acme' })).rejects.toMatchObject({
      code: 'VALIDATION',
      data: { issues: [{ path: 'globalCompanyId', message: 'must be a UUID' }] },
    });
    await expect(followCompany(db, agency.viewer, { globalCompanyId: await createGlobalCompany(db) })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(await snapshot(db, agency.agencyId)).toEqual(before);
  });
});
