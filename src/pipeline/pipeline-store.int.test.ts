import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../test/support/databases.js';
import { createTestAgency } from '../../test/support/fixtures.js';
import { defaultPipeline, listPipelines, loadDefinition, loadPipeline } from './pipeline-store.js';

// That a new agency gets Recruitment BD exactly as the template says: pipeline-definition.int.test.ts.

describeEachDatabase('pipeline store', (ctx) => {
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
