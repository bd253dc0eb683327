import { beforeAll, expect, it } from 'vitest';
import { clientStage, deal } from '../../src/pipeline/domain/index.js';
import { createGlobalCompany, createTestAgency, type TestAgency } from '../support/fixtures.js';
import { installPipeline } from '../support/install-pipeline.js';
import { bearer, describeApi, expectProblem } from './support.js';

/* Pipelines on the company routes, as a client sees them: status codes and problem bodies. */
describeApi('HTTP company pipelines', (ctx) => {
  let agency: TestAgency;
  let headers: Record<string, string>;
  let adminHeaders: Record<string, string>;
  let theirHeaders: Record<string, string>;
  const pipelines = { clientStage: '', deal: '', archived: '', theirs: '' };
  beforeAll(async () => {
    agency = await createTestAgency(ctx.db, 'HTTP pipelines');
    const other = await createTestAgency(ctx.db, 'HTTP elsewhere');
    headers = await bearer(ctx.db, agency.recruiter);
    adminHeaders = await bearer(ctx.db, agency.admin);
    theirHeaders = await bearer(ctx.db, other.admin);
    pipelines.clientStage = await installPipeline(ctx.db, agency.agencyId, clientStage);
    pipelines.deal = await installPipeline(ctx.db, agency.agencyId, deal);
    pipelines.archived = await installPipeline(ctx.db, agency.agencyId, deal, { archived: true });
    pipelines.theirs = await installPipeline(ctx.db, other.agencyId, deal);
  });

  const follow = async (pipelineId?: string) =>
    ctx.app.inject({ method: 'POST', url: '/api/companies', headers, payload: { globalCompanyId: await createGlobalCompany(ctx.db), pipelineId } });
  const followed = async (pipelineId?: string) => {
    const response = await follow(pipelineId);
    expect(response.statusCode, response.body).toBe(201);
    return response.json().company.id as string;
  };
  const toPipeline = (id: string, payload: Record<string, unknown>, as = headers) =>
    ctx.app.inject({ method: 'POST', url: `/api/companies/${id}/pipeline`, headers: as, payload });

  it('follows into a chosen pipeline: 201, 404 for another agency’s, 400 for an archived one', async () => {
    expect((await follow(pipelines.deal)).json()).toMatchObject({ company: { status: 'lead', pipelineId: pipelines.deal } });
    expectProblem(await follow(pipelines.theirs), 404, 'not-found');
    expect(expectProblem(await follow(pipelines.archived), 400, 'validation').issues).toEqual([expect.objectContaining({ path: 'pipelineId' })]);
  });

  it('moves to another pipeline with 400, 404 and 422 problems a client can act on', async () => {
    const id = await followed();
    expectProblem(await toPipeline(id, { pipelineId: pipelines.clientStage, stage: 'proposal_sent' }, theirHeaders), 404, 'not-found');
    expectProblem(await toPipeline(id, { pipelineId: pipelines.theirs, stage: 'lead' }), 404, 'not-found');
    expectProblem(await toPipeline(id, { pipelineId: pipelines.archived, stage: 'lead' }), 400, 'validation');
    expect(expectProblem(await toPipeline(id, { pipelineId: pipelines.deal, stage: 'signed' }), 422, 'invalid-transition').allowed).toContain('lead');
    const gates = expectProblem(await toPipeline(id, { pipelineId: pipelines.deal, stage: 'on_hold' }), 422, 'gates-required');
    expect(gates.missing).toEqual([{ kind: 'hold' }]);

    const moved = await toPipeline(id, { pipelineId: pipelines.deal, stage: 'on_hold', holdReason: 'Reorganisatie', resumeAt: '2027-03-01' });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json()).toMatchObject({
      company: { pipelineId: pipelines.deal, status: 'on_hold', resumeAt: '2027-03-01' },
      activity: { type: 'pipeline_changed', oldStatus: 'prospect', newStatus: 'on_hold' },
    });
    expectProblem(await toPipeline(id, { pipelineId: pipelines.deal, stage: 'lead' }), 400, 'validation');
    const detail = (await ctx.app.inject({ method: 'GET', url: `/api/companies/${id}`, headers })).json();
    expect(detail).toMatchObject({ resumeAt: '2027-03-01', allowedTransitions: ['lead', 'qualification', 'viewing', 'negotiation', 'closing'] });
    expect(detail.pipeline.stages.map((s: { key: string }) => s.key)).toContain('on_hold');
    const timeline = (await ctx.app.inject({ method: 'GET', url: `/api/companies/${id}/activities`, headers })).json();
    expect(timeline.items[0]).toMatchObject({ type: 'pipeline_changed', newStage: { name: { nl: 'Wachtend' }, color: 'yellow' }, pipelineChange: { to: { en: 'Deal pipeline' } } });
  });

  it('takes every gate in one status request, and lets only an admin move outside the graph', async () => {
    const id = await followed(pipelines.deal);
    const status = (payload: Record<string, unknown>, as = headers) => ctx.app.inject({ method: 'POST', url: `/api/companies/${id}/status`, headers: as, payload });
    // Skipping from Lead to Viewing: the lead's exit criteria, the viewing's entry criteria and a skip reason.
    const missing = expectProblem(await status({ status: 'viewing' }), 422, 'gates-required').missing;
    expect(missing).toEqual([
      { kind: 'checklist', stage: 'lead', items: ['responded', 'budget_range', 'preferences_known', 'genuine_intent'] },
      { kind: 'checklist', stage: 'viewing', items: ['qualified', 'options_identified', 'viewings_planned'] },
      { kind: 'skipReason' },
    ]);
    const checklist = ['lead.responded', 'lead.budget_range', 'lead.preferences_known', 'lead.genuine_intent', 'viewing.qualified', 'viewing.options_identified', 'viewing.viewings_planned'];
    const moved = await status({ status: 'viewing', checklist, skipReason: 'Koper was al gekwalificeerd' });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json().activity.extraData).toMatchObject({ skipReason: 'Koper was al gekwalificeerd', checklist });

    expectProblem(await status({ status: 'lead', override: { reason: 'Verkeerd ingedeeld' } }), 403, 'forbidden');
    const override = await status({ status: 'won', override: { reason: 'Getekend buiten het systeem om' } }, adminHeaders);
    expect(override.statusCode, override.body).toBe(200);
    expect(override.json().activity).toMatchObject({ newStatus: 'won', extraData: { override: { reason: 'Getekend buiten het systeem om' } } });
  });

  it('sets the expected value and close date, refusing bad ones with field paths', async () => {
    const id = await followed();
    const patch = (payload: Record<string, unknown>) => ctx.app.inject({ method: 'PATCH', url: `/api/companies/${id}`, headers, payload });
    expect((await patch({ expectedValue: 3280, expectedCloseDate: '2027-02-15' })).json()).toMatchObject({ expectedValue: 3280, expectedCloseDate: '2027-02-15' });
    expect(expectProblem(await patch({ expectedValue: -5 }), 400, 'validation').issues).toEqual([expect.objectContaining({ path: 'body.expectedValue' })]);
    expect(expectProblem(await patch({ expectedCloseDate: '2027-13-01' }), 400, 'validation').issues).toContainEqual({ path: 'body.expectedCloseDate', message: 'must be a date (YYYY-MM-DD)' });
    expect(expectProblem(await patch({ fields: { budget: 10 } }), 400, 'validation').issues).toEqual([expect.objectContaining({ path: 'fields.budget' })]);
    expect((await ctx.app.inject({ method: 'GET', url: `/api/companies/${id}`, headers })).json()).toMatchObject({ expectedValue: 3280, fields: {} });
  });
});
