import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../test/support/databases.js';
import { createTestAgency } from '../../test/support/fixtures.js';
import { definitionOf, expectSameGraph, normalized } from '../../test/support/pipelines.js';
import { recruitmentBd } from './domain/index.js';
import { defaultPipeline, loadDefinition } from './pipeline-store.js';

/*
 * The migration that made pipelines data (2026-12-11T0900) installs
 * Recruitment BD for every new agency from its own SQL copy of the
 * template; the two must not drift apart.
 */
describeEachDatabase('the Recruitment BD pipeline a new agency gets', (ctx) => {
  it('equals the recruitmentBd template, at version 1, as the default', async () => {
    const agency = await createTestAgency(ctx.db);
    const pipeline = await defaultPipeline(ctx.db, agency.agencyId);
    expect(pipeline).toMatchObject({ version: 1, templateKey: recruitmentBd.key, isDefault: true, archived: false });
    expect(definitionOf(pipeline)).toEqual(normalized(recruitmentBd));
    expectSameGraph(pipeline, recruitmentBd);
    expect(await loadDefinition(ctx.db, agency.agencyId, pipeline.id, 1)).toEqual(definitionOf(pipeline));
  });
});
