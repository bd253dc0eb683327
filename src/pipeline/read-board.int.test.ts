import { beforeAll, describe, expect, it } from 'vitest';
import { describeEachDatabase } from '../../test/support/databases.js';
import { createGlobalCompany, createTestAgency, type TestAgency } from '../../test/support/fixtures.js';
import { followInto } from '../../test/support/pipelines.js';
import { installPipeline } from '../../test/support/install-pipeline.js';
import { followCompany } from '../clients/follow-company.js';
import { changeStatus } from './change-status.js';
import { deal } from './domain/templates/deal.js';
import { readBoard } from './read-board.js';
import { readBoardColumn } from './read-board-column.js';
import type { Actor } from '../identity/domain/index.js';
import type { Db } from '../platform/db/database.js';

const START = Date.UTC(2026, 10, 2, 9, 0);

/** A clock that moves a minute on every reading, so the board's order is the order of creation. */
function ticking(from = START) {
  let minutes = 0;
  return () => new Date(from + 60_000 * minutes++);
}

async function follow(db: Db, actor: Actor, name: string, clock: () => Date): Promise<string> {
  const { company } = await followCompany(db, actor, { globalCompanyId: await createGlobalCompany(db, name) }, clock);
  return company.id;
}

describeEachDatabase('the board at scale', (ctx) => {
  describe('search over the whole pipeline', () => {
    let agency: TestAgency;
    let hidden: string;
    beforeAll(async () => {
      agency = await createTestAgency(ctx.db, 'Zoekbureau');
      const clock = ticking();
      // The first followed is the oldest: the last card of its column, far below the first page.
      hidden = await follow(ctx.db, agency.recruiter, 'Brouwerij Één & Zonen', clock);
      for (let i = 0; i < 24; i += 1) await follow(ctx.db, agency.recruiter, `Bakkerij ${i}`, clock);
    });

    it('finds a company that is not among the first cards of its column, case- and accent-insensitively, and filters the totals too', async () => {
      const board = await readBoard(ctx.db, agency.viewer, {});
      const prospect = board.columns.find((c) => c.stage.key === 'prospect')!;
      expect(prospect.total).toBe(25);
      expect(prospect.cards.map((c) => c.id)).not.toContain(hidden);

      for (const q of ['een', 'ÉÉN', 'brouwerij een', ' één ']) {
        const found = await readBoard(ctx.db, agency.viewer, { q });
        expect(found.columns.map((c) => [c.stage.key, c.total, c.cards.map((card) => card.id)]), q).toEqual([
          ['prospect', 1, [hidden]],
          ['contacted', 0, []],
          ['meeting', 0, []],
          ['won', 0, []],
          ['lost', 0, []],
        ]);
      }
    });

    it('searches words: % and _ are no wildcards, and a search without letters or digits finds nothing', async () => {
      for (const q of ['%', '_', '&']) {
        const board = await readBoard(ctx.db, agency.viewer, { q });
        expect(board.columns.reduce((sum, c) => sum + c.total, 0), q).toBe(0);
      }
      expect((await readBoard(ctx.db, agency.viewer, { q: 'Bakkerij _' })).columns[0]!.total).toBe(24);
      expect((await readBoard(ctx.db, agency.viewer, { q: '& zonen' })).columns[0]!.cards.map((c) => c.id)).toEqual([hidden]);
    });

    it('searches a column page with the same filter', async () => {
      const page = await readBoardColumn(ctx.db, agency.viewer, { stage: 'prospect', q: 'bakkerij 1', limit: 5 });
      // Bakkerij 1 and Bakkerij 10 … 19: eleven, newest first.
      expect(page.items.map((c) => c.name)).toEqual(['Bakkerij 19', 'Bakkerij 18', 'Bakkerij 17', 'Bakkerij 16', 'Bakkerij 15']);
      expect(page.nextCursor).not.toBeNull();
    });
  });

  describe('paging a column', () => {
    let agency: TestAgency;
    let original: string[];
    beforeAll(async () => {
      agency = await createTestAgency(ctx.db, 'Bladerbureau');
      const clock = ticking();
      original = [];
      for (let i = 0; i < 23; i += 1) original.push(await follow(ctx.db, agency.recruiter, `Pagina ${i}`, clock));
    });

    it('returns every record of the column exactly once, from the board’s first page on, while others are added', async () => {
      const board = await readBoard(ctx.db, agency.viewer, { limitPerColumn: 5 });
      const prospect = board.columns.find((c) => c.stage.key === 'prospect')!;
      const seen = prospect.cards.map((c) => c.id);
      let cursor = prospect.nextCursor;
      const later = ticking(START + 86_400_000);
      while (cursor) {
        // Meanwhile a colleague follows another company (it lands on top) …
        await follow(ctx.db, agency.manager, `Nieuw ${seen.length}`, later);
        const page = await readBoardColumn(ctx.db, agency.viewer, { stage: 'prospect', cursor, limit: 4 });
        seen.push(...page.items.map((c) => c.id));
        cursor = page.nextCursor;
      }
      expect(seen).toHaveLength(original.length);
      expect(new Set(seen)).toEqual(new Set(original));
      // Newest first throughout.
      expect(seen).toEqual([...original].reverse());
    });

    it('rejects a stage that is not on the board and a cursor it did not issue', async () => {
      await expect(readBoardColumn(ctx.db, agency.viewer, { stage: 'lead' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(readBoardColumn(ctx.db, agency.viewer, { stage: 'prospect', cursor: 'bm90LWEtY3Vyc29y' })).rejects.toMatchObject({ code: 'VALIDATION' });
      await expect(readBoardColumn(ctx.db, agency.viewer, { stage: 'Prospect; drop' })).rejects.toMatchObject({ code: 'VALIDATION' });
    });
  });

  describe('value sums', () => {
    it('sums the expected values of every matching record of a column, not only the cards shown', async () => {
      const agency = await createTestAgency(ctx.db, 'Waardebureau');
      const clock = ticking();
      const values: [Actor, number | null][] = [
        [agency.recruiter, 1200.5],
        [agency.recruiter, 2079.5],
        [agency.recruiter, null],
        [agency.manager, 999.99],
      ];
      for (const [actor, value] of values) {
        const id = await follow(ctx.db, actor, `Waarde ${value}`, clock);
        await changeStatus(ctx.db, actor, { companyId: id, status: 'contacted' });
        await ctx.db.updateTable('companies').set({ expected_value: value }).where('agency_id', '=', agency.agencyId).where('id', '=', id).execute();
      }
      const sums = async (input: Parameters<typeof readBoard>[2]) =>
        Object.fromEntries((await readBoard(ctx.db, agency.viewer, input)).columns.map((c) => [c.stage.key, [c.total, c.valueSum]]));
      // 1200.50 + 2079.50 + 999.99, with only one card shown.
      expect(await sums({ limitPerColumn: 1 })).toMatchObject({ prospect: [0, 0], contacted: [4, 4279.99] });
      expect(await sums({ ownerId: agency.recruiter.userId })).toMatchObject({ contacted: [3, 3280] });
      expect(await sums({ q: 'waarde 2079' })).toMatchObject({ contacted: [1, 2079.5] });
    });
  });

  describe('per pipeline', () => {
    let agency: TestAgency;
    let dealPipeline: string;
    let deals: string[];
    let client: string;
    beforeAll(async () => {
      agency = await createTestAgency(ctx.db, 'Dealbureau');
      dealPipeline = await installPipeline(ctx.db, agency.agencyId, deal);
      deals = [await followInto(ctx.db, agency.recruiter, dealPipeline, 'Deal A'), await followInto(ctx.db, agency.recruiter, dealPipeline, 'Deal B')];
      client = await follow(ctx.db, agency.recruiter, 'Klant C', ticking());
    });

    it("shows a second pipeline's board with its own stages and only its records", async () => {
      const board = await readBoard(ctx.db, agency.viewer, { pipelineId: dealPipeline });
      expect(board.pipeline).toMatchObject({ id: dealPipeline, skipNeedsReason: true });
      expect(board.columns.map((c) => [c.stage.key, c.total])).toEqual([
        ['lead', 2],
        ['qualification', 0],
        ['viewing', 0],
        ['negotiation', 0],
        ['closing', 0],
        ['won', 0],
        ['lost', 0],
        ['on_hold', 0],
      ]);
      expect(new Set(board.columns[0]!.cards.map((c) => c.id))).toEqual(new Set(deals));
      expect(board.columns[0]!.cards[0]).toMatchObject({ pipelineId: dealPipeline, fields: {}, resumeAt: null });
      const standard = await readBoard(ctx.db, agency.viewer, {});
      expect(standard.columns.flatMap((c) => c.cards.map((card) => card.id))).toEqual([client]);
      const lead = await readBoardColumn(ctx.db, agency.viewer, { pipelineId: dealPipeline, stage: 'lead' });
      expect(new Set(lead.items.map((c) => c.id))).toEqual(new Set(deals));
    });

    it('shows the day to resume on an On hold card', async () => {
      await changeStatus(ctx.db, agency.recruiter, { companyId: deals[0]!, status: 'on_hold', holdReason: 'Budget pas in Q2', resumeAt: '2027-04-01' });
      const board = await readBoard(ctx.db, agency.viewer, { pipelineId: dealPipeline });
      const onHold = board.columns.find((c) => c.stage.outcome === 'on_hold')!;
      expect(onHold.cards.map((c) => [c.id, c.resumeAt])).toEqual([[deals[0], '2027-04-01']]);
    });

    it("refuses another agency's pipeline as not found", async () => {
      const other = await createTestAgency(ctx.db, 'Ander bureau');
      await expect(readBoard(ctx.db, other.viewer, { pipelineId: dealPipeline })).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(readBoardColumn(ctx.db, other.viewer, { pipelineId: dealPipeline, stage: 'lead' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    });
  });
});
