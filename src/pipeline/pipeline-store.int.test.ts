import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../test/support/databases.js';
import { createTestAgency } from '../../test/support/fixtures.js';
import { recruitmentBd } from './domain/index.js';
import { defaultPipeline, listPipelines, loadDefinition, loadPipeline } from './pipeline-store.js';

describeEachDatabase('pipeline store', (ctx) => {
  it('gives every new agency the Recruitment BD pipeline, exactly as the template defines it', async () => {
    const agency = await createTestAgency(ctx.db, 'Nieuw bureau');
    const pipeline = await defaultPipeline(ctx.db, agency.agencyId);
    // The migration's SQL copy of the template (install_recruitment_bd) and the TS template may not drift.
    const { key: _key, ...template } = recruitmentBd;
    expect(pipeline).toEqual({ ...template, id: pipeline.id, version: 1, templateKey: 'recruitment_bd', isDefault: true, archived: false });
    expect(await loadDefinition(ctx.db, agency.agencyId, pipeline.id, 1)).toEqual(template);
    expect(await listPipelines(ctx.db, agency.agencyId)).toEqual([pipeline]);
  });

  it("treats another agency's pipeline as not found", async () => {
    const mine = await createTestAgency(ctx.db, 'Mijn bureau');
    const theirs = await createTestAgency(ctx.db, 'Hun bureau');
    const their = await defaultPipeline(ctx.db, theirs.agencyId);
    await expect(loadPipeline(ctx.db, mine.agencyId, their.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(loadDefinition(ctx.db, mine.agencyId, their.id, 1)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await listPipelines(ctx.db, mine.agencyId)).map((p) => p.id)).not.toContain(their.id);
  });

  it('installs no pipeline for the platform agency, which holds no pipeline data', async () => {
    const platform = await ctx.db.insertInto('agencies').values({ name: 'Platform', platform: true }).returning('id').executeTakeFirstOrThrow();
    expect(await listPipelines(ctx.db, platform.id, { archived: true })).toEqual([]);
  });
});
