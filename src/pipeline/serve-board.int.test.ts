import { beforeAll, expect, it } from 'vitest';
import type { Actor, Role } from '../identity/domain/index.js';
import { AgencyCache } from '../platform/http/agency-cache.js';
import { describeEachDatabase } from '../../test/support/databases.js';
import { companyInStatus, createTestAgency, type TestAgency } from '../../test/support/fixtures.js';
import { serveBoard } from './serve-board.js';
import { followInto } from '../../test/support/pipelines.js';
import { installPipeline } from '../../test/support/install-pipeline.js';
import { deal } from './domain/templates/deal.js';

const clock = () => new Date(Date.UTC(2026, 0, 1));

describeEachDatabase('serveBoard (the cached board)', (ctx) => {
  let agency: TestAgency;
  beforeAll(async () => {
    agency = await createTestAgency(ctx.db, 'Cached board');
    await companyInStatus(ctx.db, agency.recruiter, 'meeting');
  });

  it('serves the board a colleague just read from the cache', async () => {
    const cache = new AgencyCache<string>(clock, 60_000);
    const first = await serveBoard(ctx.db, cache, agency.admin, {}, clock);
    expect(JSON.parse(first).columns.map((c: { total: number }) => c.total)).toEqual([0, 0, 1, 0, 0]);
    await companyInStatus(ctx.db, agency.recruiter, 'won'); // not announced to this cache: the cached board stays
    expect(await serveBoard(ctx.db, cache, agency.viewer, {}, clock)).toBe(first);
  });

  it('authorizes before the cache answers', async () => {
    const cache = new AgencyCache<string>(clock, 60_000);
    await serveBoard(ctx.db, cache, agency.admin, {}, clock);
    // A role this build does not know (a stale or forged value) may read nothing, cached or not.
    const nobody: Actor = { ...agency.viewer, role: 'nobody' as Role };
    await expect(serveBoard(ctx.db, cache, nobody, {}, clock)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(serveBoard(ctx.db, cache, agency.viewer, { limitPerColumn: 'many' as never }, clock)).rejects.toMatchObject({ code: 'VALIDATION' });
  });

  it('keys the cache by the parsed request, so spellings of one request share one entry', async () => {
    const cache = new AgencyCache<string>(clock, 60_000);
    for (const input of [{}, { limitPerColumn: 20 }, { limitPerColumn: '20' as never }, { limitPerColumn: '020' as never }]) {
      await serveBoard(ctx.db, cache, agency.viewer, input, clock);
    }
    expect(cache.size).toBe(1);
    // A search is part of the key, spelled out or padded alike; another search is another board.
    const searched = await serveBoard(ctx.db, cache, agency.viewer, { q: ' nothing-like-this ' }, clock);
    expect(await serveBoard(ctx.db, cache, agency.viewer, { q: 'nothing-like-this', limitPerColumn: 20 }, clock)).toBe(searched);
    expect(cache.size).toBe(2);
    expect(JSON.parse(searched).columns.map((c: { total: number }) => c.total)).toEqual([0, 0, 0, 0, 0]);
  });

  it("keeps each pipeline's board apart in the cache", async () => {
    const cache = new AgencyCache<string>(clock, 60_000);
    const deals = await installPipeline(ctx.db, agency.agencyId, deal);
    await followInto(ctx.db, agency.recruiter, deals, 'Deal in cache');
    const standard = JSON.parse(await serveBoard(ctx.db, cache, agency.viewer, {}, clock));
    const dealBoard = JSON.parse(await serveBoard(ctx.db, cache, agency.viewer, { pipelineId: deals }, clock));
    expect(standard.pipeline.id).not.toBe(deals);
    expect(dealBoard.pipeline.id).toBe(deals);
    expect(dealBoard.columns.map((c: { key: string; total: number }) => [c.key, c.total]).slice(0, 2)).toEqual([
      ['lead', 1],
      ['qualification', 0],
    ]);
    expect(cache.size).toBe(2);
  });
});
