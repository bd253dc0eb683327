import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../test/support/databases.js';
import { createGlobalCompany, createTestAgency, snapshot, type TestAgency } from '../../test/support/fixtures.js';
import { installPipeline } from '../../test/support/install-pipeline.js';
import { changeStatus, moveCompanyPipeline, recordVersion } from '../pipeline/index.js';
import { clientStage, deal, leads } from '../pipeline/domain/index.js';
import { deleteCompany } from './delete-company.js';
import { followCompany } from './follow-company.js';
import { readCompany } from './read-company.js';
import { readTimeline } from './read-timeline.js';

/*
 * Following into a chosen pipeline, and moving a record to another
 * pipeline (src/pipeline/move-company-pipeline.ts) with its stage mapping
 * and gates.
 */
describeEachDatabase('company pipelines', (ctx) => {
  let agency: TestAgency;
  let other: TestAgency;
  const pipelines = { clientStage: '', deal: '', leads: '', archived: '', theirs: '' };
  beforeAll(async () => {
    agency = await createTestAgency(ctx.db, 'Pipelines');
    other = await createTestAgency(ctx.db, 'Elsewhere');
    pipelines.clientStage = await installPipeline(ctx.db, agency.agencyId, clientStage);
    pipelines.deal = await installPipeline(ctx.db, agency.agencyId, deal);
    pipelines.leads = await installPipeline(ctx.db, agency.agencyId, leads);
    pipelines.archived = await installPipeline(ctx.db, agency.agencyId, clientStage, { archived: true });
    pipelines.theirs = await installPipeline(ctx.db, other.agencyId, clientStage);
  });

  const follow = async (pipelineId?: string) =>
    (await followCompany(ctx.db, agency.recruiter, { globalCompanyId: await createGlobalCompany(ctx.db), pipelineId })).company;

  it('follows into the chosen pipeline at its entry stage, and into the default pipeline without one', async () => {
    const inDeal = await follow(pipelines.deal);
    expect(inDeal).toMatchObject({ pipelineId: pipelines.deal, status: 'lead' });
    const detail = await readCompany(ctx.db, agency.recruiter, { companyId: inDeal.id });
    expect(detail.pipeline).toMatchObject({ id: pipelines.deal, name: { en: 'Deal pipeline' }, version: 1 });
    expect(detail.allowedTransitions).toEqual(['qualification', 'viewing', 'negotiation', 'closing', 'won', 'lost', 'on_hold']);
    expect(detail.pipeline.stages.find((s) => s.key === 'on_hold')).toMatchObject({ outcome: 'on_hold', requires: [{ kind: 'hold' }] });

    const inDefault = await follow();
    expect(inDefault.status).toBe('prospect');
    expect((await readCompany(ctx.db, agency.recruiter, { companyId: inDefault.id })).pipeline).toMatchObject({ isDefault: true, templateKey: 'recruitment_bd' });
  });

  it('follows a company again into the pipeline it was in, or the default one when that pipeline was archived since', async () => {
    const inClientStage = await follow(pipelines.clientStage);
    await deleteCompany(ctx.db, agency.recruiter, { companyId: inClientStage.id });
    const again = await followCompany(ctx.db, agency.recruiter, { globalCompanyId: inClientStage.globalCompanyId });
    expect(again).toMatchObject({ restored: true, company: { id: inClientStage.id, pipelineId: pipelines.clientStage, status: 'prospect' } });

    const retired = await installPipeline(ctx.db, agency.agencyId, clientStage);
    const company = await follow(retired);
    await deleteCompany(ctx.db, agency.recruiter, { companyId: company.id });
    await ctx.db.updateTable('pipelines').set({ archived_at: new Date() }).where('agency_id', '=', agency.agencyId).where('id', '=', retired).execute();
    const restored = await followCompany(ctx.db, agency.recruiter, { globalCompanyId: company.globalCompanyId });
    expect(restored.company).toMatchObject({ id: company.id, status: 'prospect' });
    expect((await readCompany(ctx.db, agency.recruiter, { companyId: company.id })).pipeline).toMatchObject({ isDefault: true });
    const { items } = await readTimeline(ctx.db, agency.recruiter, { companyId: company.id });
    expect(items.map((entry) => entry.type)).toEqual(['company_tracked', 'company_deleted', 'company_tracked']);
  });

  it("refuses another agency's pipeline as not found, and an archived or non-clients pipeline as invalid, writing nothing", async () => {
    const globalCompanyId = await createGlobalCompany(ctx.db);
    const before = await snapshot(ctx.db, agency.agencyId);
    await expect(followCompany(ctx.db, agency.recruiter, { globalCompanyId, pipelineId: pipelines.theirs })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      data: { entity: 'Pipeline' },
    });
    for (const pipelineId of [pipelines.archived, pipelines.leads]) {
      await expect(followCompany(ctx.db, agency.recruiter, { globalCompanyId, pipelineId })).rejects.toMatchObject({
        code: 'VALIDATION',
        data: { issues: [{ path: 'pipelineId' }] },
      });
    }
    await expect(followCompany(ctx.db, agency.recruiter, { globalCompanyId, pipelineId: 'not-a-uuid' })).rejects.toMatchObject({ code: 'VALIDATION' });
    expect(await snapshot(ctx.db, agency.agencyId)).toEqual(before);
  });

  it('moves a record to a stage of another pipeline with pipeline_changed, keeping its history', async () => {
    const company = await follow();
    await changeStatus(ctx.db, agency.recruiter, { companyId: company.id, status: 'contacted' });
    const at = new Date(Date.now() + 1_000);
    const moved = await moveCompanyPipeline(
      ctx.db,
      agency.recruiter,
      { companyId: company.id, pipelineId: pipelines.clientStage, stage: 'proposal_sent', description: 'Voorstel gaat vandaag de deur uit' },
      () => at,
    );
    expect(moved.company).toMatchObject({ pipelineId: pipelines.clientStage, status: 'proposal_sent', statusChangedAt: at });
    expect(moved.activity).toMatchObject({
      type: 'pipeline_changed',
      oldStatus: 'contacted',
      newStatus: 'proposal_sent',
      description: 'Voorstel gaat vandaag de deur uit',
      extraData: { toPipelineId: pipelines.clientStage, fromPipelineVersion: 1 },
    });
    const { items } = await readTimeline(ctx.db, agency.recruiter, { companyId: company.id });
    expect(items.map((entry) => entry.type)).toEqual(['pipeline_changed', 'status_change', 'company_tracked']);
    // Each entry names its stages as the pipeline it was recorded in names them.
    expect(items[0]).toMatchObject({
      oldStage: { key: 'contacted', name: { nl: 'Gecontacteerd' }, color: 'blue' },
      newStage: { key: 'proposal_sent', name: { nl: 'Voorstel verstuurd' } },
      pipelineChange: { from: { en: 'Recruitment business development' }, to: { en: 'Client stage' } },
    });
    expect(items[1]).toMatchObject({ oldStage: { name: { en: 'Prospect' } }, newStage: { name: { en: 'Contacted' } }, pipelineChange: null });
    const detail = await readCompany(ctx.db, agency.recruiter, { companyId: company.id });
    expect(detail).toMatchObject({ status: 'proposal_sent', allowedTransitions: ['active', 'lost'], pipeline: { id: pipelines.clientStage } });
    // Moves go on in the new pipeline's graph.
    await expect(changeStatus(ctx.db, agency.recruiter, { companyId: company.id, status: 'active' })).resolves.toMatchObject({ company: { status: 'active' } });
  });

  it('names the stages of each timeline entry as the pipeline version it was recorded under', async () => {
    const renaming = await createTestAgency(ctx.db, 'Renaming');
    const { company } = await followCompany(ctx.db, renaming.recruiter, { globalCompanyId: await createGlobalCompany(ctx.db) });
    await changeStatus(ctx.db, renaming.recruiter, { companyId: company.id, status: 'contacted' });
    // An admin renames Contacted: version 2 (what the pipelines API does, written directly here).
    await ctx.db.transaction().execute(async (trx) => {
      await trx.updateTable('pipeline_stages').set({ name_en: 'Reached' }).where('agency_id', '=', renaming.agencyId).where('pipeline_id', '=', company.pipelineId).where('key', '=', 'contacted').execute();
      await trx.updateTable('pipelines').set({ version: 2 }).where('agency_id', '=', renaming.agencyId).where('id', '=', company.pipelineId).execute();
      await recordVersion(trx, renaming.agencyId, company.pipelineId, 2, renaming.admin.userId);
    });
    await changeStatus(ctx.db, renaming.recruiter, { companyId: company.id, status: 'meeting' });
    const { items } = await readTimeline(ctx.db, renaming.recruiter, { companyId: company.id });
    expect(items.map((entry) => [entry.oldStage?.name.en ?? null, entry.newStage?.name.en])).toEqual([
      ['Reached', 'Meeting'],
      ['Prospect', 'Contacted'],
      [null, 'Prospect'],
    ]);
    expect((await readCompany(ctx.db, renaming.recruiter, { companyId: company.id })).pipeline).toMatchObject({ version: 2 });
  });

  it("asks for the target stage's gates and lists what is missing, writing nothing until they are met", async () => {
    const company = await follow();
    const before = await snapshot(ctx.db, agency.agencyId);
    const move = (input: Record<string, unknown>) => moveCompanyPipeline(ctx.db, agency.recruiter, { companyId: company.id, pipelineId: pipelines.deal, ...input } as never);
    await expect(move({ stage: 'lead' })).rejects.toMatchObject({
      code: 'GATES_REQUIRED',
      data: { to: 'lead', missing: [{ kind: 'checklist', stage: 'lead', items: ['interest_shown', 'contact_details', 'source_known'] }] },
    });
    await expect(move({ stage: 'on_hold', holdReason: 'Budget pas in Q3' })).rejects.toMatchObject({ code: 'GATES_REQUIRED', data: { missing: [{ kind: 'hold' }] } });
    await expect(move({ stage: 'lost' })).rejects.toMatchObject({ code: 'LOSS_REASON_REQUIRED', data: { missing: [{ kind: 'lossReason' }] } });
    expect(await snapshot(ctx.db, agency.agencyId)).toEqual(before);

    const held = await move({ stage: 'on_hold', holdReason: 'Budget pas in Q3', resumeAt: '2026-07-01' });
    expect(held.company).toMatchObject({ status: 'on_hold', resumeAt: '2026-07-01' });
    expect(held.activity.extraData).toMatchObject({ holdReason: 'Budget pas in Q3', resumeAt: '2026-07-01' });
  });

  it('refuses the same pipeline, an archived one, one of another kind, an unknown or archived stage, and other agencies', async () => {
    const company = await follow(pipelines.clientStage);
    const withArchivedStage = await installPipeline(ctx.db, agency.agencyId, {
      ...clientStage,
      stages: clientStage.stages.map((stage) => (stage.key === 'dormant' ? { ...stage, active: false } : stage)),
    });
    const before = await snapshot(ctx.db, agency.agencyId);
    const move = (pipelineId: string, stage: string, actor = agency.recruiter, companyId = company.id) =>
      moveCompanyPipeline(ctx.db, actor, { companyId, pipelineId, stage });
    for (const pipelineId of [pipelines.clientStage, pipelines.archived, pipelines.leads]) {
      await expect(move(pipelineId, 'prospect')).rejects.toMatchObject({ code: 'VALIDATION', data: { issues: [{ path: 'pipelineId' }] } });
    }
    await expect(move(pipelines.deal, 'nowhere')).rejects.toMatchObject({
      code: 'INVALID_TRANSITION',
      data: { allowed: ['lead', 'qualification', 'viewing', 'negotiation', 'closing', 'won', 'lost', 'on_hold'] },
    });
    await expect(move(withArchivedStage, 'dormant')).rejects.toMatchObject({ code: 'INVALID_TRANSITION', data: { allowed: expect.not.arrayContaining(['dormant']) } });
    await expect(move(pipelines.theirs, 'prospect')).rejects.toMatchObject({ code: 'NOT_FOUND', data: { entity: 'Pipeline' } });
    await expect(move(pipelines.deal, 'won', other.admin)).rejects.toMatchObject({ code: 'NOT_FOUND', data: { entity: 'Company' } });
    await expect(move(pipelines.deal, 'won', agency.viewer)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await snapshot(ctx.db, agency.agencyId)).toEqual(before);
  });
});
