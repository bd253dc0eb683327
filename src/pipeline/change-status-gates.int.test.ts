import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../test/support/databases.js';
import { createTestAgency, snapshot, type TestAgency } from '../../test/support/fixtures.js';
import { followInto, refusal } from '../../test/support/pipelines.js';
import { deal, type PipelineDefinition } from './domain/index.js';
import { changeStatus } from './change-status.js';
import { createPipeline } from './create-pipeline.js';
import { editPipeline } from './edit-pipeline.js';

/*
 * Each stage gate through the use case and the database: a move that lacks
 * exactly one gate is refused naming that gate, and writes nothing; with it,
 * the move is made and the activity records what it carried.
 */

const items = (stage: string, phase: 'entry' | 'exit') =>
  deal.stages.find((s) => s.key === stage)!.checklist.filter((i) => i.phase === phase).map((i) => `${stage}.${i.key}`);

describeEachDatabase('stage gates, one at a time', (ctx) => {
  let agency: TestAgency;
  let pipelineId: string;

  beforeAll(async () => {
    agency = await createTestAgency(ctx.db, 'Poortwachters');
    const created = await createPipeline(ctx.db, agency.admin, { templateKey: 'deal' });
    // Negotiation also asks for the agency's own field `budget`.
    const { key: _key, ...definition } = deal;
    const withBudget: PipelineDefinition = {
      ...definition,
      fields: [{ key: 'budget', label: { nl: 'Budget', en: 'Budget' }, type: 'number' }],
      stages: definition.stages.map((s) => (s.key === 'negotiation' ? { ...s, requires: [{ kind: 'field', field: 'budget' }] } : s)),
    };
    pipelineId = (await editPipeline(ctx.db, agency.admin, { pipelineId: created.id, version: created.version, definition: withBudget })).id;
  });

  /** A deal in Viewing, ready for a move to Negotiation. */
  async function dealInViewing(name: string): Promise<string> {
    const companyId = await followInto(ctx.db, agency.recruiter, pipelineId, name);
    await changeStatus(ctx.db, agency.recruiter, { companyId, status: 'qualification', checklist: [...items('lead', 'exit'), ...items('qualification', 'entry')] });
    await changeStatus(ctx.db, agency.recruiter, { companyId, status: 'viewing', checklist: [...items('qualification', 'exit'), ...items('viewing', 'entry')] });
    return companyId;
  }

  const toNegotiation = { status: 'negotiation', checklist: [...items('viewing', 'exit'), ...items('negotiation', 'entry')], fields: { budget: 250_000 } };

  it.each([
    ['the exit criteria of the stage left', { checklist: items('negotiation', 'entry') }, { kind: 'checklist', stage: 'viewing' }],
    ['the entry criteria of the stage entered', { checklist: items('viewing', 'exit') }, { kind: 'checklist', stage: 'negotiation' }],
    ["the agency's own field", { fields: {} }, { kind: 'field', field: 'budget' }],
  ])('refuses a move without %s, naming it, and writes nothing', async (_gate, lacking, missing) => {
    const companyId = await dealInViewing(`Zonder ${String(missing.kind)}`);
    const before = await snapshot(ctx.db, agency.agencyId);
    const error = await refusal(changeStatus(ctx.db, agency.recruiter, { companyId, ...toNegotiation, ...lacking }));
    expect(error).toMatchObject({ code: 'GATES_REQUIRED', data: { to: 'negotiation', missing: [expect.objectContaining(missing)] } });
    expect(await snapshot(ctx.db, agency.agencyId)).toEqual(before);
  });

  it('refuses On hold without a reason and a resume date, Lost without a loss reason, a skip without a reason, writing nothing', async () => {
    const companyId = await dealInViewing('Zonder redenen');
    const before = await snapshot(ctx.db, agency.agencyId);
    expect(await refusal(changeStatus(ctx.db, agency.recruiter, { companyId, status: 'on_hold', resumeAt: '2027-02-01' }))).toMatchObject({ code: 'GATES_REQUIRED', data: { missing: [{ kind: 'hold' }] } });
    expect(await refusal(changeStatus(ctx.db, agency.recruiter, { companyId, status: 'lost' }))).toMatchObject({ code: 'LOSS_REASON_REQUIRED', data: { missing: [{ kind: 'lossReason' }] } });
    const skip = { status: 'closing', checklist: [...items('viewing', 'exit'), ...items('closing', 'entry')] };
    expect(await refusal(changeStatus(ctx.db, agency.recruiter, { companyId, ...skip }))).toMatchObject({ code: 'GATES_REQUIRED', data: { missing: [{ kind: 'skipReason' }] } });
    expect(await snapshot(ctx.db, agency.agencyId)).toEqual(before);
  });

  it('makes the move once every gate is met, storing the field and recording what the move carried', async () => {
    const companyId = await dealInViewing('Alles compleet');
    const { company, activity } = await changeStatus(ctx.db, agency.recruiter, { companyId, ...toNegotiation });
    expect(company).toMatchObject({ status: 'negotiation', fields: { budget: 250_000 } });
    expect(activity.extraData).toEqual({ checklist: toNegotiation.checklist, fields: { budget: 250_000 } });
    const held = await changeStatus(ctx.db, agency.recruiter, { companyId, status: 'on_hold', holdReason: 'Financiering loopt', resumeAt: '2027-02-01' });
    expect(held.company).toMatchObject({ status: 'on_hold', resumeAt: '2027-02-01' });
    expect(held.activity.extraData).toEqual({ holdReason: 'Financiering loopt', resumeAt: '2027-02-01' });
  });
});
