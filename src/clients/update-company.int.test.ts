import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../test/support/databases.js';
import { createTestAgency, followNewCompany, snapshot, type TestAgency } from '../../test/support/fixtures.js';
import { installPipeline } from '../../test/support/install-pipeline.js';
import { moveCompanyPipeline } from '../pipeline/index.js';
import { clientStage, type PipelineDefinition } from '../pipeline/domain/index.js';
import { readCompany } from './read-company.js';
import { readTimeline } from './read-timeline.js';
import { updateCompany } from './update-company.js';

/** Client stage with fields of every type, the way an admin adds them. */
const withFields: PipelineDefinition = {
  ...clientStage,
  fields: [
    { key: 'fee_model', label: { nl: 'Feemodel', en: 'Fee model' }, type: 'select', options: [{ key: 'percentage', label: { nl: 'Percentage', en: 'Percentage' } }, { key: 'fixed', label: { nl: 'Vast', en: 'Fixed' } }] },
    { key: 'fee_percentage', label: { nl: 'Fee %', en: 'Fee %' }, type: 'number' },
    { key: 'contract_start', label: { nl: 'Startdatum', en: 'Start date' }, type: 'date' },
    { key: 'notes', label: { nl: 'Bijzonderheden', en: 'Particulars' }, type: 'text' },
  ],
};

describeEachDatabase('updateCompany: value, close date and fields', (ctx) => {
  let agency: TestAgency;
  let fielded: string;
  beforeAll(async () => {
    agency = await createTestAgency(ctx.db, 'Deals');
    fielded = await installPipeline(ctx.db, agency.agencyId, withFields);
  });

  it('sets and clears the expected value and close date, noting each change on the timeline', async () => {
    const companyId = await followNewCompany(ctx.db, agency.recruiter);
    const set = await updateCompany(ctx.db, agency.recruiter, { companyId, expectedValue: 3280.5, expectedCloseDate: '2027-01-31' });
    expect(set).toMatchObject({ expectedValue: 3280.5, expectedCloseDate: '2027-01-31' });
    expect(await readCompany(ctx.db, agency.recruiter, { companyId })).toMatchObject({ expectedValue: 3280.5, expectedCloseDate: '2027-01-31' });
    const cleared = await updateCompany(ctx.db, agency.recruiter, { companyId, expectedValue: null });
    expect(cleared).toMatchObject({ expectedValue: null, expectedCloseDate: '2027-01-31' });
    // The same value again changes nothing, and notes nothing.
    await updateCompany(ctx.db, agency.recruiter, { companyId, expectedCloseDate: '2027-01-31' });

    const { items } = await readTimeline(ctx.db, agency.recruiter, { companyId });
    expect(items.filter((entry) => entry.type === 'deal_updated').map((entry) => entry.extraData)).toEqual([
      { expectedValue: { from: 3280.5, to: null } },
      { expectedValue: { from: null, to: 3280.5 }, expectedCloseDate: { from: null, to: '2027-01-31' } },
    ]);
    expect(items[0]).toMatchObject({ userId: agency.recruiter.userId });
  });

  it("sets the pipeline's own fields, merging with the stored ones; null clears one", async () => {
    const companyId = await followNewCompany(ctx.db, agency.recruiter);
    await moveCompanyPipeline(ctx.db, agency.recruiter, { companyId, pipelineId: fielded, stage: 'prospect' });
    await updateCompany(ctx.db, agency.recruiter, { companyId, fields: { fee_model: 'percentage', fee_percentage: 22.5, contract_start: '2027-02-01' } });
    const after = await updateCompany(ctx.db, agency.recruiter, { companyId, fields: { contract_start: null, notes: '  Alleen via HR  ' } });
    expect(after.fields).toEqual({ fee_model: 'percentage', fee_percentage: 22.5, notes: 'Alleen via HR' });
    const detail = await readCompany(ctx.db, agency.recruiter, { companyId });
    expect(detail.fields).toEqual(after.fields);
    expect(detail.pipeline.fields.map((field) => field.key)).toEqual(['fee_model', 'fee_percentage', 'contract_start', 'notes']);
    const { items } = await readTimeline(ctx.db, agency.recruiter, { companyId });
    expect(items[0]!.extraData).toEqual({ fields: { contract_start: { from: '2027-02-01', to: null }, notes: { from: null, to: 'Alleen via HR' } } });
  });

  it('refuses bad values with field errors and writes nothing', async () => {
    const companyId = await followNewCompany(ctx.db, agency.recruiter);
    const inFields = await followNewCompany(ctx.db, agency.recruiter);
    await moveCompanyPipeline(ctx.db, agency.recruiter, { companyId: inFields, pipelineId: fielded, stage: 'prospect' });
    const before = await snapshot(ctx.db, agency.agencyId);
    const refused = async (companyId: string, input: Record<string, unknown>, path: string) =>
      expect(updateCompany(ctx.db, agency.recruiter, { companyId, ...input } as never)).rejects.toMatchObject({
        code: 'VALIDATION',
        data: { issues: expect.arrayContaining([expect.objectContaining({ path })]) },
      });
    await refused(companyId, { expectedValue: -1 }, 'expectedValue');
    await refused(companyId, { expectedValue: 10.005 }, 'expectedValue');
    await refused(companyId, { expectedValue: 1e12 + 1 }, 'expectedValue');
    await refused(companyId, { expectedValue: '3280' }, 'expectedValue');
    await refused(companyId, { expectedCloseDate: '2027-02-30' }, 'expectedCloseDate');
    await refused(companyId, { expectedCloseDate: '31-01-2027' }, 'expectedCloseDate');
    // Recruitment BD has no fields of its own.
    await refused(companyId, { expectedValue: 5, fields: { fee_model: 'fixed' } }, 'fields.fee_model');
    await refused(inFields, { fields: { fee_model: 'hourly' } }, 'fields.fee_model');
    await refused(inFields, { fields: { fee_percentage: 'twenty' } }, 'fields.fee_percentage');
    await refused(inFields, { fields: { contract_start: 'soon' } }, 'fields.contract_start');
    await refused(inFields, { fields: { notes: 12 } }, 'fields.notes');
    expect(await snapshot(ctx.db, agency.agencyId)).toEqual(before);
    expect(await readCompany(ctx.db, agency.recruiter, { companyId })).toMatchObject({ expectedValue: null, fields: {} });
  });

  it('keeps values other agencies and viewers cannot touch', async () => {
    const companyId = await followNewCompany(ctx.db, agency.recruiter);
    const other = await createTestAgency(ctx.db, 'Other deals');
    await expect(updateCompany(ctx.db, other.admin, { companyId, expectedValue: 1 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(updateCompany(ctx.db, agency.viewer, { companyId, expectedValue: 1 })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await readCompany(ctx.db, agency.recruiter, { companyId })).expectedValue).toBeNull();
  });
});
