import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../test/support/databases.js';
import { createGlobalCompany, createTestAgency, createTestUser, followNewCompany } from '../../test/support/fixtures.js';
import { deactivateUser } from '../identity/deactivate-user.js';
import { createReminder } from '../tasks/create-reminder.js';
import { bulkUpdateCompanies } from './bulk-update-companies.js';
import { followCompany } from './follow-company.js';
import { updateCompany } from './update-company.js';

/*
 * A deactivated colleague can own nothing new: following, reassigning (one
 * record or many) and a reminder for them are refused as invalid input,
 * changing nothing. A record they already own keeps them (its owner is
 * history), and sending that owner again with another change is no change
 * of owner.
 */
describeEachDatabase('deactivated owners', (ctx) => {
  const setUp = async () => {
    const agency = await createTestAgency(ctx.db);
    const leaver = await createTestUser(ctx.db, agency.agencyId, 'recruiter', 'Lotte Leaver');
    const theirs = await followNewCompany(ctx.db, leaver);
    const mine = await followNewCompany(ctx.db, agency.recruiter);
    await deactivateUser(ctx.db, agency.admin, { userId: leaver.userId });
    return { agency, leaver, theirs, mine };
  };
  const refusal = { code: 'VALIDATION', message: expect.stringContaining('is a deactivated user') };

  it('refuses a deactivated colleague as the owner of a record followed, reassigned or bulk-reassigned', async () => {
    const { agency, leaver, mine } = await setUp();
    const globalCompanyId = await createGlobalCompany(ctx.db);
    await expect(followCompany(ctx.db, agency.recruiter, { globalCompanyId, ownerId: leaver.userId })).rejects.toMatchObject(refusal);
    await expect(updateCompany(ctx.db, agency.recruiter, { companyId: mine, ownerId: leaver.userId })).rejects.toMatchObject(refusal);
    await expect(
      bulkUpdateCompanies(ctx.db, agency.manager, { target: { ids: [mine] }, action: { type: 'owner', ownerId: leaver.userId } }),
    ).rejects.toMatchObject(refusal);
    const record = await ctx.db.selectFrom('companies').select('owner_id').where('id', '=', mine).executeTakeFirstOrThrow();
    expect(record.owner_id).toBe(agency.recruiter.userId);
    const followed = await ctx.db.selectFrom('companies').select('id').where('agency_id', '=', agency.agencyId).where('global_company_id', '=', globalCompanyId).execute();
    expect(followed).toEqual([]);
  });

  it('refuses a reminder for a deactivated colleague', async () => {
    const { agency, leaver, mine } = await setUp();
    await expect(createReminder(ctx.db, agency.recruiter, { companyId: mine, dueAt: '2026-12-10T09:00:00+01:00', userId: leaver.userId })).rejects.toMatchObject(refusal);
  });

  it('keeps a deactivated owner on their records, also when a change sends them again', async () => {
    const { agency, leaver, theirs } = await setUp();
    const updated = await updateCompany(ctx.db, agency.recruiter, { companyId: theirs, ownerId: leaver.userId, favorited: true });
    expect(updated).toMatchObject({ ownerId: leaver.userId, favorited: true });
  });
});
