import { beforeAll, expect, it } from 'vitest';
import { createTestAgency, followNewCompany, type TestAgency } from '../support/fixtures.js';
import { followInto } from '../support/pipelines.js';
import { installPipeline } from '../support/install-pipeline.js';
import { deal } from '../../src/pipeline/domain/templates/deal.js';
import { bearer, describeApi, expectProblem } from './support.js';

describeApi('HTTP board: pipelines, search and column pages', (ctx) => {
  let agency: TestAgency;
  let headers: Record<string, string>;
  let dealPipeline: string;
  beforeAll(async () => {
    agency = await createTestAgency(ctx.db, 'Bord via HTTP');
    headers = await bearer(ctx.db, agency.viewer);
    dealPipeline = await installPipeline(ctx.db, agency.agencyId, deal);
    for (let i = 0; i < 3; i += 1) await followInto(ctx.db, agency.recruiter, dealPipeline, `Deal ${i}`);
    await followNewCompany(ctx.db, agency.recruiter);
  });
  const get = (url: string) => ctx.app.inject({ method: 'GET', url, headers });

  it("serves a pipeline's board with value sums, its fields and each column's next page", async () => {
    const board = (await get(`/api/board?pipelineId=${dealPipeline}&limitPerColumn=2`)).json();
    expect(board.pipeline).toMatchObject({ id: dealPipeline, name: { nl: 'Dealpipeline', en: 'Deal pipeline' }, skipNeedsReason: true, fields: [] });
    const lead = board.columns[0];
    expect(lead).toMatchObject({ key: 'lead', total: 3, valueSum: 0, probability: 10, outcome: null });
    expect(lead.cards).toHaveLength(2);
    expect(lead.cards[0]).toMatchObject({ fields: {}, resumeAt: null, expectedValue: null });
    expect(board.columns.find((c: { key: string }) => c.key === 'on_hold')).toMatchObject({ outcome: 'on_hold', requires: [{ kind: 'hold' }], nextCursor: null });

    const next = (await get(`/api/board/columns/lead?pipelineId=${dealPipeline}&limit=2&cursor=${lead.nextCursor}`)).json();
    expect(next.items).toHaveLength(1);
    expect(next.nextCursor).toBeNull();
    expect(new Set([...lead.cards, ...next.items].map((c: { id: string }) => c.id)).size).toBe(3);
  });

  it("answers 404 for another agency's pipeline and for a stage not on the board, 400 for a cursor it did not issue", async () => {
    const other = await createTestAgency(ctx.db, 'Ander HTTP-bureau');
    const theirs = await bearer(ctx.db, other.viewer);
    expectProblem(await ctx.app.inject({ method: 'GET', url: `/api/board?pipelineId=${dealPipeline}`, headers: theirs }), 404, 'not-found');
    expectProblem(await ctx.app.inject({ method: 'GET', url: `/api/board/columns/lead?pipelineId=${dealPipeline}`, headers: theirs }), 404, 'not-found');
    expectProblem(await get('/api/board/columns/lead'), 404, 'not-found');
    expectProblem(await get('/api/board/columns/prospect?cursor=abc'), 400, 'validation');
    expectProblem(await get(`/api/board?q=${'x'.repeat(201)}`), 400, 'validation');
  });
});
