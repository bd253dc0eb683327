import { beforeAll, expect, it } from 'vitest';
import { AUTOMATIC_OUTREACH_DESCRIPTION } from '../pipeline/domain/activities.js';
import { describeEachDatabase } from '../../test/support/databases.js';
import { companyInStatus, createGlobalCompany, createTestAgency, snapshot, type TestAgency } from '../../test/support/fixtures.js';
import { changeStatus } from '../pipeline/change-status.js';
import { logOutreach } from './log-outreach.js';
import { readTimeline } from './read-timeline.js';

describeEachDatabase('logOutreach', (ctx) => {
  let agency: TestAgency;
  beforeAll(async () => {
    agency = await createTestAgency(ctx.db);
  });

  it('moves a Prospect to Contacted automatically, with no user and a description saying so', async () => {
    const { db } = ctx;
    const companyId = await companyInStatus(db, agency.recruiter, 'prospect');
    const result = await logOutreach(db, agency.recruiter, { companyId, channel: 'linkedin_message', description: 'Hoi Jan, ...' });
    expect(result.activity).toMatchObject({ type: 'outreach_sent', userId: agency.recruiter.userId, extraData: { channel: 'linkedin_message' } });
    expect(result.statusChange?.company.status).toBe('contacted');
    expect(result.statusChange?.activity).toMatchObject({
      type: 'status_change',
      oldStatus: 'prospect',
      newStatus: 'contacted',
      userId: null,
      automatic: true,
      description: AUTOMATIC_OUTREACH_DESCRIPTION,
    });
    const { items } = await readTimeline(db, agency.recruiter, { companyId });
    expect(items.map((a) => a.type)).toEqual(['status_change', 'outreach_sent', 'company_tracked']);
  });

  it.each(['contacted', 'meeting', 'won', 'lost'])('does not move a company in %s', async (status) => {
    const { db } = ctx;
    const companyId = await companyInStatus(db, agency.recruiter, status);
    const result = await logOutreach(db, agency.recruiter, { companyId, channel: 'email' });
    expect(result.statusChange).toBeNull();
    const row = await db.selectFrom('companies').select('client_status').where('id', '=', companyId).executeTakeFirstOrThrow();
    expect(row.client_status).toBe(status);
  });

  it('fires again after Lost → Prospect restarts the cycle', async () => {
    const { db } = ctx;
    const companyId = await companyInStatus(db, agency.recruiter, 'lost');
    await changeStatus(db, agency.recruiter, { companyId, status: 'prospect' });
    const result = await logOutreach(db, agency.recruiter, { companyId, channel: 'phone_call' });
    expect(result.statusChange?.company.status).toBe('contacted');
  });

  it('links a decision maker of the company, and refuses one of another company', async () => {
    const { db } = ctx;
    const companyId = await companyInStatus(db, agency.recruiter, 'contacted');
    const company = await db.selectFrom('companies').select('global_company_id').where('id', '=', companyId).executeTakeFirstOrThrow();
    const dm = await db
      .insertInto('decision_makers')
      .values({ global_company_id: company.global_company_id, name: 'Jan de Vries', title: 'HR Director' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const result = await logOutreach(db, agency.recruiter, { companyId, channel: 'email', decisionMakerId: dm.id });
    expect(result.activity.extraData).toEqual({ channel: 'email', decisionMakerId: dm.id });

    const elsewhere = await db
      .insertInto('decision_makers')
      .values({ global_company_id: await createGlobalCompany(db), name: 'Piet', title: 'CTO' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const before = await snapshot(db, agency.agencyId);
    await expect(logOutreach(db, agency.recruiter, { companyId, channel: 'email', decisionMakerId: elsewhere.id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      data: { entity: 'DecisionMaker' },
    });
    expect(await snapshot(db, agency.agencyId)).toEqual(before);
  });

  it('rejects an unknown channel without writing', async () => {
    const { db } = ctx;
    const companyId = await companyInStatus(db, agency.recruiter, 'prospect');
    const before = await snapshot(db, agency.agencyId);
    await expect(logOutreach(db, agency.recruiter, { companyId, channel: 'pigeon' as 'email' })).rejects.toMatchObject({ code: 'VALIDATION' });
    expect(await snapshot(db, agency.agencyId)).toEqual(before);
  });
});
