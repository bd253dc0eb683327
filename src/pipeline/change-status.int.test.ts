import { beforeAll, describe, expect, it } from 'vitest';
import { recruitmentBd } from './domain/index.js';
import { isDomainError } from '../platform/errors.js';
import { describeEachDatabase } from '../../test/support/databases.js';
import { SPEC_TRANSITIONS } from '../../test/support/invariants.js';
import { companyInStatus, createTestAgency, snapshot, type TestAgency } from '../../test/support/fixtures.js';
import { changeStatus } from './change-status.js';
import { deleteCompany } from '../clients/delete-company.js';
import { followCompany } from '../clients/follow-company.js';
import { readTimeline } from '../clients/read-timeline.js';

const ALLOWED = SPEC_TRANSITIONS;
const STAGES = Object.keys(ALLOWED);

async function rejection(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (isDomainError(error)) return error;
    throw error;
  }
  throw new Error('expected the call to be rejected');
}

describeEachDatabase('changeStatus', (ctx) => {
  let agency: TestAgency;
  beforeAll(async () => {
    agency = await createTestAgency(ctx.db);
  });

  describe.each(STAGES)('from %s', (from) => {
    it.each(STAGES)('to %s', async (to) => {
      const { db } = ctx;
      const actor = agency.recruiter;
      const companyId = await companyInStatus(db, actor, from);
      const before = await snapshot(db, agency.agencyId);
      const request = changeStatus(db, actor, { companyId, status: to, lossReason: to === 'lost' ? 'in_house_team' : undefined });

      if (ALLOWED[from]!.includes(to)) {
        const result = await request;
        expect(result.company.status).toBe(to);
        expect(result.activity).toMatchObject({ type: 'status_change', oldStatus: from, newStatus: to, userId: actor.userId, automatic: false });
        const row = await db.selectFrom('companies').selectAll().where('id', '=', companyId).executeTakeFirstOrThrow();
        expect(row.client_status).toBe(to);
        expect(row.client_status_changed_at.getTime()).toBe(result.activity.createdAt.getTime());
        expect((await snapshot(db, agency.agencyId)).activities).toBe(before.activities + 1);
      } else {
        const error = await rejection(request);
        expect(error.code).toBe('INVALID_TRANSITION');
        expect(error.data).toEqual({ from, to, allowed: ALLOWED[from] });
        expect(error.message).toContain(`Allowed: ${ALLOWED[from]!.join(', ')}`);
        expect(await snapshot(db, agency.agencyId)).toEqual(before);
      }
    });
  });

  it('requires a loss reason to enter Lost and stores it in extra_data', async () => {
    const { db } = ctx;
    const companyId = await companyInStatus(db, agency.recruiter, 'meeting');
    const before = await snapshot(db, agency.agencyId);
    for (const lossReason of [undefined, '', '   ', 'other']) {
      const error = await rejection(changeStatus(db, agency.recruiter, { companyId, status: 'lost', lossReason }));
      expect(error.code).toBe('LOSS_REASON_REQUIRED');
    }
    expect(await snapshot(db, agency.agencyId)).toEqual(before);

    const standard = await changeStatus(db, agency.recruiter, {
      companyId,
      status: 'lost',
      lossReason: 'terms_not_acceptable',
      lossReasonText: '25% fee te hoog',
      description: 'Na onderhandeling afgehaakt',
    });
    expect(standard.activity.extraData).toEqual({ lossReason: 'terms_not_acceptable', lossReasonText: '25% fee te hoog' });
    expect(standard.activity.description).toBe('Na onderhandeling afgehaakt');

    const other = await companyInStatus(db, agency.recruiter, 'contacted');
    const free = await changeStatus(db, agency.recruiter, { companyId: other, status: 'lost', lossReason: 'Timing niet juist, Q2 opnieuw' });
    expect(free.activity.extraData).toEqual({ lossReason: 'other', lossReasonText: 'Timing niet juist, Q2 opnieuw' });
  });

  it('restarts Lost at Prospect and keeps the whole earlier history', async () => {
    const { db } = ctx;
    const actor = agency.recruiter;
    const companyId = await companyInStatus(db, actor, 'meeting');
    await changeStatus(db, actor, { companyId, status: 'lost', lossReason: 'no_response' });
    const restarted = await changeStatus(db, actor, { companyId, status: 'prospect', description: 'Nieuwe HR-manager' });
    expect(restarted.company.status).toBe('prospect');

    const { items } = await readTimeline(db, actor, { companyId });
    expect(items.map((a) => [a.type, a.oldStatus, a.newStatus])).toEqual([
      ['status_change', 'lost', 'prospect'],
      ['status_change', 'meeting', 'lost'],
      ['status_change', 'prospect', 'meeting'],
      ['company_tracked', null, 'prospect'],
    ]);
  });

  it('uses the clock after taking the lock, so changedAt matches the activity', async () => {
    const { db } = ctx;
    const companyId = await companyInStatus(db, agency.recruiter, 'prospect');
    const at = new Date('2026-05-04T10:11:12.345Z');
    const result = await changeStatus(db, agency.recruiter, { companyId, status: 'contacted' }, () => at);
    expect(result.company.statusChangedAt).toEqual(at);
    expect(result.activity.createdAt).toEqual(at);
  });

  it('refuses changes to a soft-deleted company, which keeps its history', async () => {
    const { db } = ctx;
    const actor = agency.recruiter;
    const companyId = await companyInStatus(db, actor, 'contacted');
    await deleteCompany(db, actor, { companyId });
    const error = await rejection(changeStatus(db, actor, { companyId, status: 'meeting' }));
    expect(error.code).toBe('NOT_FOUND');

    const history = await readTimeline(db, actor, { companyId });
    expect(history.items.map((a) => a.type)).toEqual(['company_deleted', 'status_change', 'company_tracked']);

    const company = await db.selectFrom('companies').selectAll().where('id', '=', companyId).executeTakeFirstOrThrow();
    const again = await followCompany(db, actor, { globalCompanyId: company.global_company_id });
    expect(again).toMatchObject({ restored: true, company: { id: companyId, status: recruitmentBd.entryStage } });
    const restored = await readTimeline(db, actor, { companyId });
    expect(restored.items.map((a) => a.type)).toEqual(['company_tracked', 'company_deleted', 'status_change', 'company_tracked']);
    expect(restored.items[0]).toMatchObject({ oldStatus: 'contacted', newStatus: 'prospect', extraData: { restored: true } });
  });
});
