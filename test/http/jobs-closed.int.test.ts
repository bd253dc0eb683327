import { expect, it } from 'vitest';
import { followCompany } from '../../src/clients/follow-company.js';
import { changeStatus } from '../../src/pipeline/change-status.js';
import { clientStage } from '../../src/pipeline/domain/index.js';
import { createTestAgency } from '../support/fixtures.js';
import { createPipeline } from '../../src/pipeline/index.js';
import { describeApi, operatorBearer } from './support.js';

describeApi('an upload of jobs that closes a client\'s last job', (ctx) => {
  it('moves the Active client to Dormant before the upload\'s response ends (the onJobsImported hook)', async () => {
    const { db } = ctx;
    const agency = await createTestAgency(db, 'Upload Client stage agency');
    await createPipeline(db, agency.admin, { templateKey: clientStage.key, isDefault: true });
    const tag = `closed${Math.random().toString(36).slice(2, 8)}`;
    const operator = await operatorBearer(db);
    const upload = async (kind: string, type: string, payload: string) => {
      const response = await ctx.app.inject({ method: 'POST', url: `/api/imports/${kind}`, headers: { ...operator, 'content-type': type }, payload });
      expect(response.body.trim().split('\n').map((line) => JSON.parse(line).phase).at(-1)).toBe('done');
    };
    const job = (extra: object = {}) => JSON.stringify({ company_website: `${tag}.nl`, title: 'Developer', source: 'test', external_id: `${tag}-1`, ...extra });
    await upload('companies', 'text/csv', `name,website\n${tag},${tag}.nl\n`);
    await upload('jobs', 'application/x-ndjson', job());
    const global = await db.selectFrom('global_companies').select('id').where('website_domain', '=', `${tag}.nl`).executeTakeFirstOrThrow();
    const { company } = await followCompany(db, agency.recruiter, { globalCompanyId: global.id });
    await changeStatus(db, agency.recruiter, { companyId: company.id, status: 'proposal_sent' });
    await changeStatus(db, agency.recruiter, { companyId: company.id, status: 'active' });
    const stage = async () => (await db.selectFrom('companies').select('client_status').where('id', '=', company.id).executeTakeFirstOrThrow()).client_status;
    expect(await stage()).toBe('active');

    // The same job, now closed: an update, not a new job.
    await upload('jobs', 'application/x-ndjson', job({ closed_at: new Date(Date.now() + 1).toISOString() }));
    expect(await stage()).toBe('dormant');
    const last = await db.selectFrom('client_company_activities').selectAll().where('company_id', '=', company.id).orderBy('seq', 'desc').executeTakeFirstOrThrow();
    expect(last).toMatchObject({ activity_type: 'status_change', old_status: 'active', new_status: 'dormant', user_id: null, extra_data: { automatic: true } });
  });
});
