import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../test/support/databases.js';
import { createTestAgency, followNewCompany, type TestAgency } from '../../test/support/fixtures.js';
import { definitionOf, expectSameGraph, normalized, refusal } from '../../test/support/pipelines.js';
import { PIPELINE_TEMPLATES } from './domain/index.js';
import { createPipeline } from './create-pipeline.js';
import { listPipelineTemplates } from './list-pipeline-templates.js';
import { listAgencyPipelines } from './list-pipelines.js';
import { readPipeline } from './read-pipeline.js';
import { loadDefinition } from './pipeline-store.js';

describeEachDatabase('createPipeline', (ctx) => {
  let agency: TestAgency;
  beforeAll(async () => {
    agency = await createTestAgency(ctx.db);
  });

  it.each(PIPELINE_TEMPLATES.map((template) => [template.key, template] as const))('creates a pipeline from the %s template with its graph', async (key, template) => {
    const pipeline = await createPipeline(ctx.db, agency.admin, { templateKey: key });
    expect(pipeline).toMatchObject({ version: 1, templateKey: key, archived: false });
    expect(definitionOf(pipeline)).toEqual(normalized(template));
    expectSameGraph(pipeline, template);
    // Version 1 is recorded, by the admin who created it.
    expect(await loadDefinition(ctx.db, agency.agencyId, pipeline.id, 1)).toEqual(definitionOf(pipeline));
    const version = await ctx.db.selectFrom('pipeline_versions').select('created_by').where('pipeline_id', '=', pipeline.id).execute();
    expect(version).toEqual([{ created_by: agency.admin.userId }]);
    expect(await readPipeline(ctx.db, agency.viewer, { pipelineId: pipeline.id })).toEqual(pipeline);
  });

  it('makes the first pipeline of a kind its default, and moves the default when asked', async () => {
    const fresh = await createTestAgency(ctx.db);
    // Every agency starts with a default of each kind (Leads and Opportunities since migration 2026-12-14T1000-dossiers); without one, the first becomes it.
    const installed = await ctx.db.selectFrom('pipelines').select('id').where('agency_id', '=', fresh.agencyId).where('kind', '=', 'leads').executeTakeFirstOrThrow();
    await ctx.db.updateTable('pipelines').set({ is_default: false }).where('id', '=', installed.id).execute();
    const leads = await createPipeline(ctx.db, fresh.admin, { templateKey: 'leads' });
    expect(leads.isDefault).toBe(true);
    const deal = await createPipeline(ctx.db, fresh.admin, { templateKey: 'deal', name: { nl: 'Verkoop', en: 'Sales' } });
    expect(deal).toMatchObject({ isDefault: false, name: { nl: 'Verkoop', en: 'Sales' } });

    const clientStage = await createPipeline(ctx.db, fresh.admin, { templateKey: 'client_stage', isDefault: true });
    expect(clientStage.isDefault).toBe(true);
    const listed = await listAgencyPipelines(ctx.db, fresh.viewer);
    expect(listed.filter((p) => p.kind === 'clients' && p.isDefault).map((p) => p.id)).toEqual([clientStage.id]);
    expect(listed.filter((p) => p.kind === 'leads' && p.isDefault).map((p) => p.id)).toEqual([leads.id]);
    // A followed company now enters the new default.
    const companyId = await followNewCompany(ctx.db, fresh.recruiter);
    const company = await ctx.db.selectFrom('companies').selectAll().where('id', '=', companyId).executeTakeFirstOrThrow();
    expect(company).toMatchObject({ pipeline_id: clientStage.id, client_status: 'prospect' });
  });

  it('keeps one default when two admins create the first pipeline of a kind at once', async () => {
    for (let round = 0; round < 3; round++) {
      const fresh = await createTestAgency(ctx.db);
      await ctx.db.updateTable('pipelines').set({ is_default: false }).where('agency_id', '=', fresh.agencyId).where('kind', '=', 'leads').execute();
      const results = await Promise.allSettled([createPipeline(ctx.db, fresh.admin, { templateKey: 'leads' }), createPipeline(ctx.db, fresh.admin, { templateKey: 'leads' })]);
      for (const result of results) if (result.status === 'rejected') expect(result.reason).toMatchObject({ code: 'CONFLICT' });
      const defaults = await ctx.db.selectFrom('pipelines').select('id').where('agency_id', '=', fresh.agencyId).where('kind', '=', 'leads').where('is_default', '=', true).execute();
      expect(defaults).toHaveLength(1);
    }
  });

  it('refuses an unknown template, and anyone but an admin', async () => {
    expect((await refusal(createPipeline(ctx.db, agency.admin, { templateKey: 'kanban' }))).code).toBe('VALIDATION');
    for (const actor of [agency.manager, agency.recruiter, agency.viewer]) {
      expect((await refusal(createPipeline(ctx.db, actor, { templateKey: 'deal' }))).code).toBe('FORBIDDEN');
    }
  });

  it('lists the templates for every role', async () => {
    expect(listPipelineTemplates(agency.viewer).map((t) => t.key)).toEqual(['recruitment_bd', 'client_stage', 'deal', 'leads', 'opportunities']);
  });
});
