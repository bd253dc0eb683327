import { beforeAll, describe, expect, it } from 'vitest';
import type { Clock } from '../platform/clock.js';
import { defaultPipeline } from '../pipeline/index.js';
import type { Actor } from '../identity/domain/roles.js';
import type { Db } from '../platform/db/database.js';
import { describeEachDatabase } from '../../test/support/databases.js';
import { createGlobalCompany, createTestAgency, type TestAgency } from '../../test/support/fixtures.js';
import { readBoard } from '../pipeline/read-board.js';
import { changeStatus } from '../pipeline/change-status.js';
import { deleteCompany } from '../clients/delete-company.js';
import { followCompany } from '../clients/follow-company.js';
import { addNote, scheduleMeeting } from '../clients/index.js';
import { logOutreach } from '../clients/log-outreach.js';
import { readPipelineAnalytics, type PipelineAnalyticsInput } from './read-pipeline-analytics.js';
import { stageLogCaches, type StageLogCaches } from './stage-log-cache.js';

/*
 * A hand-built history, every figure below worked out by hand. Day n is
 * 2026-01-01 + n days at 00:00 UTC: January is days 0–30, February 31–58,
 * March 59–89, April 90–119, May 120–150, June 151–180; now is day 181
 * (1 July 2026).
 *
 *   C0 admin      follow −30, contacted −20, meeting 3                        (open in Meeting)
 *   C1 recruiter  follow 0, outreach 10 (automatic → contacted), meeting 22, won 30
 *   C2 recruiter  follow 5, contacted 9, lost 25 (no_response), prospect 40, meeting 53,
 *                 lost 70 (free text), prospect 100                           (open in Prospect)
 *   C3 admin      follow 20, contacted 27, a meeting planned on 28            (open in Contacted)
 *   C4 recruiter  follow 34, contacted 45, meeting 60, lost 66 (budget + text), deleted 75
 *   C5 admin      follow 90, won 93 (skips Contacted and Meeting), lost 120 (terms)
 *   C6 recruiter  follow 60, contacted 62, deleted 80, followed again 110, contacted 130
 *
 * The owner is whoever followed. Another agency follows C1's company too.
 */
const day = (n: number) => new Date(Date.UTC(2026, 0, 1 + n));
const on = (n: number) => () => day(n);
const NOW = day(181);

async function buildHistory(db: Db, agency: TestAgency): Promise<void> {
  const a = agency.admin;
  const r = agency.recruiter;
  const follow = async (actor: Actor, n: number, globalCompanyId?: string) => {
    const { company } = await followCompany(db, actor, { globalCompanyId: globalCompanyId ?? (await createGlobalCompany(db)) }, on(n));
    return company;
  };
  const move = (actor: Actor, companyId: string, n: number, status: string, lossReason?: string, lossReasonText?: string) =>
    changeStatus(db, actor, { companyId, status, lossReason, lossReasonText }, on(n));

  const c0 = await follow(a, -30);
  await move(a, c0.id, -20, 'contacted');
  await move(a, c0.id, 3, 'meeting');

  const c1 = await follow(r, 0, SHARED_GLOBAL.id);
  await logOutreach(db, r, { companyId: c1.id, channel: 'email' }, on(10));
  await move(r, c1.id, 22, 'meeting');
  await move(r, c1.id, 30, 'won');

  const c2 = await follow(r, 5);
  await move(r, c2.id, 9, 'contacted');
  await move(r, c2.id, 25, 'lost', 'no_response');
  await move(r, c2.id, 40, 'prospect');
  await move(r, c2.id, 53, 'meeting');
  await move(r, c2.id, 70, 'lost', 'Fusie met concurrent');
  await move(r, c2.id, 100, 'prospect');

  const c3 = await follow(a, 20);
  await move(a, c3.id, 27, 'contacted');
  await scheduleMeeting(db, a, { companyId: c3.id, at: day(35).toISOString() }, on(28));
  await addNote(db, a, { companyId: c3.id, body: 'Bellen na de zomer' }, on(29));

  const c4 = await follow(r, 34);
  await move(r, c4.id, 45, 'contacted');
  await move(r, c4.id, 60, 'meeting');
  await move(r, c4.id, 66, 'lost', 'budget_or_hiring_freeze', 'Vacaturestop tot 2027');
  await deleteCompany(db, r, { companyId: c4.id }, on(75));

  const c5 = await follow(a, 90);
  await move(a, c5.id, 93, 'won');
  await move(a, c5.id, 120, 'lost', 'terms_not_acceptable');

  const c6 = await follow(r, 60);
  await move(r, c6.id, 62, 'contacted');
  await deleteCompany(db, r, { companyId: c6.id }, on(80));
  const again = await follow(r, 110, c6.globalCompanyId);
  expect(again.id).toBe(c6.id);
  await move(r, c6.id, 130, 'contacted');
}

const SHARED_GLOBAL = { id: '' };

/** The stage counts in board order: prospect, contacted, meeting, won, lost. */
const counts = (stages: { count: number }[]) => stages.map((s) => s.count);
const reached = (steps: { reached: number }[]) => steps.map((s) => s.reached);

describeEachDatabase('readPipelineAnalytics', (ctx) => {
  let agency: TestAgency;
  let other: TestAgency;
  let cache: StageLogCaches;
  let pipelineId: string;

  beforeAll(async () => {
    const { db } = ctx;
    agency = await createTestAgency(db, 'Analytics agency');
    other = await createTestAgency(db, 'Other agency');
    SHARED_GLOBAL.id = await createGlobalCompany(db, 'Gedeeld B.V.');
    // The other agency's activity in the same months, partly on the same company: it must never count.
    const theirs = await followCompany(db, other.recruiter, { globalCompanyId: SHARED_GLOBAL.id }, on(0));
    await changeStatus(db, other.recruiter, { companyId: theirs.company.id, status: 'contacted' }, on(1));
    await changeStatus(db, other.recruiter, { companyId: theirs.company.id, status: 'won' }, on(2));
    const second = await followCompany(db, other.recruiter, { globalCompanyId: await createGlobalCompany(db) }, on(3));
    await changeStatus(db, other.recruiter, { companyId: second.company.id, status: 'lost', lossReason: 'existing_partner' }, on(50));
    cache = stageLogCaches(db);
    pipelineId = (await defaultPipeline(db, agency.agencyId)).id;
    await readPipelineAnalytics(db, agency.viewer, {}, () => NOW, cache);
    await buildHistory(db, agency);
  });

  // Every figure, replayed directly and through the server's stage log cache (warmed before the history, so it reads it as changes).
  describe.each([
    ['read directly', false],
    ['read through the stage log cache', true],
  ])('%s', (_, cached) => {
    const read = (actor: Actor, input: PipelineAnalyticsInput, clock: Clock) => readPipelineAnalytics(ctx.db, actor, input, clock, cached ? cache : undefined);

    describe('the first half of 2026, up to now', () => {
      let figures: Awaited<ReturnType<typeof readPipelineAnalytics>>;
      beforeAll(async () => {
        figures = await read(agency.viewer, { from: '2026-01-01' }, () => NOW);
      });

      it('covers [1 January, now)', () => {
        expect(figures.period).toEqual({ from: day(0), to: NOW });
        expect(figures.asOf).toEqual(NOW);
        expect(figures.ownerId).toBeNull();
        expect(figures.pipeline).toBe(pipelineId);
      });

      it('distributes the live companies over the stages, the deleted C4 left out', async () => {
        // C2 prospect; C3, C6 contacted; C0 meeting; C1 won; C5 lost.
        expect(figures.distribution).toMatchObject({ at: NOW, total: 6 });
        expect(counts(figures.distribution.stages)).toEqual([1, 2, 1, 1, 1]);
        // The board reads companies.client_status: the replayed log agrees with it.
        const board = await readBoard(ctx.db, agency.viewer);
        expect(board.columns.map((column) => column.total)).toEqual([1, 2, 1, 1, 1]);
      });

      it('measures the time in each working stage, open stays up to now, Won and Lost left out', () => {
        expect(figures.timeInStage).toEqual([
          // C1 10, C2 4 + 13 + 81 (open 100→181), C3 7, C4 11, C5 3, C6 2 + 20; C0's stay ended in 2025.
          // Sorted 2 3 4 7 10 11 13 20 81: median the 5th = 10, p75 at rank 8·0.75 = 6 → 13.
          { stage: 'prospect', count: 9, medianDays: 10, p75Days: 13 },
          // C0 23 (−20→3), C1 12, C2 16, C3 154 (open 27→181), C4 15, C6 18 (ended by the delete) + 51 (open).
          // Sorted 12 15 16 18 23 51 154: median 18, p75 at rank 4.5 → 23 + 0.5·28 = 37.
          { stage: 'contacted', count: 7, medianDays: 18, p75Days: 37 },
          // C0 178 (open 3→181), C1 8, C2 17, C4 6. Sorted 6 8 17 178:
          // median at 1.5 → 8 + 0.5·9 = 12.5; p75 at 2.25 → 17 + 0.25·161 = 57.25.
          { stage: 'meeting', count: 4, medianDays: 12.5, p75Days: 57.25 },
        ]);
      });

      it('measures velocity from the start of each cycle to first reaching a step in the period', () => {
        expect(figures.velocity).toEqual([
          // C1 10, C2 4 (cycle 1) and 13 (cycle 2, skipped to Meeting on 53), C3 7, C4 11, C5 3, C6 2 and 20.
          // Sorted 2 3 4 7 10 11 13 20: median at 3.5 → 8.5; p75 at 5.25 → 11 + 0.25·2 = 11.5.
          { stage: 'contacted', count: 8, medianDays: 8.5, p75Days: 11.5 },
          // C0 33 (cycle from −30), C1 22, C2 13, C4 26, C5 3 (Prospect → Won). Sorted 3 13 22 26 33.
          { stage: 'meeting', count: 5, medianDays: 22, p75Days: 26 },
          // C1 30, C5 3: median 16.5; p75 at 0.75 → 3 + 0.75·27 = 23.25.
          { stage: 'won', count: 2, medianDays: 16.5, p75Days: 23.25 },
        ]);
      });

      it('follows the cycles started in the period through the funnel, in total and per cohort month', () => {
        // Cycles: C1, C2 ×3 (5, 40, 100), C3, C4, C5, C6 ×2 (60, 110) = 9; C0 started in December.
        // Contacted: all but C2's third; Meeting: C1, C2's second, C4, C5; Won: C1, C5.
        expect(figures.funnel.total).toEqual({
          started: 9,
          steps: [
            { stage: 'prospect', reached: 9, ofStarted: 1, conversion: null, dropOff: 0 },
            { stage: 'contacted', reached: 8, ofStarted: 8 / 9, conversion: 8 / 9, dropOff: 1 },
            { stage: 'meeting', reached: 4, ofStarted: 4 / 9, conversion: 0.5, dropOff: 4 },
            { stage: 'won', reached: 2, ofStarted: 2 / 9, conversion: 0.5, dropOff: 2 },
          ],
        });
        expect(figures.funnel.byCohort.map((c) => [c.cohort, reached(c.steps)])).toEqual([
          ['2026-01', [3, 3, 1, 1]], // C1, C2 (5), C3
          ['2026-02', [2, 2, 2, 0]], // C4 (34), C2 (40)
          ['2026-03', [1, 1, 0, 0]], // C6 (60)
          ['2026-04', [3, 2, 1, 1]], // C5 (90), C2 (100), C6 (110)
          ['2026-05', [0, 0, 0, 0]],
          ['2026-06', [0, 0, 0, 0]],
        ]);
      });

      it('computes the win rate over the wins and losses of the period, the deleted C4 included', () => {
        // Won: C1 (30), C5 (93). Lost: C2 (25, 70), C4 (66), C5 (120, a won client lost).
        expect(figures.winRate.total).toEqual({ won: 2, lost: 4, rate: 1 / 3 });
        expect(figures.winRate.byMonth).toEqual([
          { month: '2026-01', won: 1, lost: 1, rate: 0.5 },
          { month: '2026-02', won: 0, lost: 0, rate: null },
          { month: '2026-03', won: 0, lost: 2, rate: 0 },
          { month: '2026-04', won: 1, lost: 0, rate: 1 },
          { month: '2026-05', won: 0, lost: 1, rate: 0 },
          { month: '2026-06', won: 0, lost: 0, rate: null },
        ]);
      });

      it('breaks the losses down by reason per quarter, free text as other', () => {
        const nonZero = (b: { reasons: { reason: string; count: number; share: number | null }[] }) =>
          b.reasons.filter((r) => r.count > 0).map((r) => [r.reason, r.count, r.share]);
        const { total, byQuarter } = figures.lossReasons;
        expect(total.lost).toBe(4);
        expect(nonZero(total)).toEqual([
          ['budget_or_hiring_freeze', 1, 0.25],
          ['no_response', 1, 0.25],
          ['terms_not_acceptable', 1, 0.25],
          ['other', 1, 0.25],
        ]);
        expect(byQuarter.map((q) => [q.quarter, q.lost, nonZero(q)])).toEqual([
          // C2 no_response (25), C4 budget with an explanation (66), C2 "Fusie met concurrent" (70)
          ['2026-Q1', 3, [['budget_or_hiring_freeze', 1, 1 / 3], ['no_response', 1, 1 / 3], ['other', 1, 1 / 3]]],
          ['2026-Q2', 1, [['terms_not_acceptable', 1, 1]]],
        ]);
        expect(total.reasons).toHaveLength(7);
      });
    });

    it('for a past period (Q1): the state at its end, no open stays, nothing that happened later', async () => {
      const q1 = await read(agency.recruiter, { from: '2026-01-01', to: '2026-04-01T02:00:00+02:00' }, () => NOW);
      expect(q1.period).toEqual({ from: day(0), to: day(90) });
      // Before day 90: C3 contacted, C0 meeting, C1 won, C2 lost (since 70); C4 and C6 deleted;
      // C5 is followed at the very end (day 90), which belongs to the next period.
      expect(q1.distribution).toMatchObject({ at: day(90), total: 4 });
      expect(counts(q1.distribution.stages)).toEqual([0, 1, 1, 1, 1]);
      expect(q1.timeInStage).toEqual([
        // Ended before day 90: C1 10, C2 4 and 13, C3 7, C4 11, C6 2. Sorted 2 4 7 10 11 13:
        // median at 2.5 → 8.5; p75 at 3.75 → 10 + 0.75·1 = 10.75.
        { stage: 'prospect', count: 6, medianDays: 8.5, p75Days: 10.75 },
        // C0 23, C1 12, C2 16, C4 15, C6 18 (C3 still open): sorted 12 15 16 18 23.
        { stage: 'contacted', count: 5, medianDays: 16, p75Days: 18 },
        // C1 8, C2 17, C4 6 (C0 still open): median 8, p75 at 1.5 → 12.5.
        { stage: 'meeting', count: 3, medianDays: 8, p75Days: 12.5 },
      ]);
      expect(q1.velocity.map((v) => [v.stage, v.count, v.medianDays, v.p75Days])).toEqual([
        // C1 10, C2 4 and 13, C3 7, C4 11, C6 2
        ['contacted', 6, 8.5, 10.75],
        // C0 33, C1 22, C2 13, C4 26: sorted 13 22 26 33, median 24, p75 at 2.25 → 26 + 0.25·7
        ['meeting', 4, 24, 27.75],
        ['won', 1, 30, 30],
      ]);
      // C1, C2 (5, 40), C3, C4, C6 (60); C5 starts on day 90.
      expect(reached(q1.funnel.total.steps)).toEqual([6, 6, 3, 1]);
      expect(q1.winRate.total).toEqual({ won: 1, lost: 3, rate: 0.25 });
      expect(q1.lossReasons.byQuarter.map((q) => q.quarter)).toEqual(['2026-Q1']);
    });

    it('counts a cohort\'s outcomes up to now, after its period ended (December 2025)', async () => {
      const december = await read(agency.admin, { from: '2025-12-01', to: '2026-01-01' }, () => NOW);
      // C0 was followed on 2 December, contacted on 12 December, reached Meeting on 4 January.
      expect(december.funnel.byCohort.map((c) => [c.cohort, reached(c.steps)])).toEqual([['2025-12', [1, 1, 1, 0]]]);
      expect(counts(december.distribution.stages)).toEqual([0, 1, 0, 0, 0]);
      expect(december.timeInStage[0]).toEqual({ stage: 'prospect', count: 1, medianDays: 10, p75Days: 10 });
      expect(december.winRate.total).toEqual({ won: 0, lost: 0, rate: null });
    });

    it('filters on the current owner', async () => {
      const mine = await read(agency.viewer, { from: '2026-01-01', ownerId: agency.recruiter.userId }, () => NOW);
      // C1, C2, C4, C6: C2 prospect, C6 contacted, C1 won (C4 deleted).
      expect(counts(mine.distribution.stages)).toEqual([1, 1, 0, 1, 0]);
      expect(mine.timeInStage).toEqual([
        // C1 10, C2 4, 13, 81, C4 11, C6 2, 20: sorted 2 4 10 11 13 20 81; p75 at 4.5 → 13 + 0.5·7
        { stage: 'prospect', count: 7, medianDays: 11, p75Days: 16.5 },
        // C1 12, C2 16, C4 15, C6 18, 51
        { stage: 'contacted', count: 5, medianDays: 16, p75Days: 18 },
        // C1 8, C2 17, C4 6
        { stage: 'meeting', count: 3, medianDays: 8, p75Days: 12.5 },
      ]);
      // Contacted: C1 10, C2 4, 13, C4 11, C6 2, 20 → sorted 2 4 10 11 13 20, median 10.5, p75 at 3.75 → 11 + 0.75·2
      // Meeting: C1 22, C2 13, C4 26 → p75 at 1.5 → 24
      expect(mine.velocity.map((v) => [v.stage, v.count, v.medianDays, v.p75Days])).toEqual([
        ['contacted', 6, 10.5, 12.5],
        ['meeting', 3, 22, 24],
        ['won', 1, 30, 30],
      ]);
      // C1, C2 ×3, C4, C6 ×2
      expect(reached(mine.funnel.total.steps)).toEqual([7, 6, 3, 1]);
      expect(mine.winRate.total).toEqual({ won: 1, lost: 3, rate: 0.25 });
      expect(mine.lossReasons.byQuarter.map((q) => [q.quarter, q.lost])).toEqual([
        ['2026-Q1', 3],
        ['2026-Q2', 0],
      ]);
      expect(mine.ownerId).toBe(agency.recruiter.userId);
    });

    it('never counts another agency\'s companies, and the other agency sees only its own', async () => {
      const theirs = await read(other.admin, { from: '2026-01-01' }, () => NOW);
      expect(counts(theirs.distribution.stages)).toEqual([0, 0, 0, 1, 1]);
      expect(theirs.winRate.total).toEqual({ won: 1, lost: 1, rate: 0.5 });
      expect(theirs.funnel.total.started).toBe(2);
      expect(theirs.lossReasons.total.reasons.find((r) => r.count > 0)).toEqual({ reason: 'existing_partner', count: 1, share: 1 });
      const foreignOwner = await read(agency.admin, { from: '2026-01-01', ownerId: other.recruiter.userId }, () => NOW);
      expect(foreignOwner.distribution.total).toBe(0);
      expect(foreignOwner.funnel.total.started).toBe(0);
    });

    describe('input', () => {
      it('defaults to the year up to now', async () => {
        const figures = await read(agency.viewer, {}, () => NOW);
        expect(figures.period).toEqual({ from: new Date('2025-07-01T00:00:00Z'), to: NOW });
        expect(figures.funnel.byCohort).toHaveLength(12);
      });

      it('allows three years and no more', async () => {
        await expect(read(agency.viewer, { from: '2026-01-01', to: '2029-01-01' }, () => NOW)).resolves.toBeDefined();
        await expect(read(agency.viewer, { from: '2026-01-01', to: '2029-01-02' }, () => NOW)).rejects.toMatchObject({
          code: 'VALIDATION',
          data: { issues: [{ path: 'to', message: 'the period must span at most 3 years' }] },
        });
      });

      it.each([
        [{ from: '2026-07-01', to: '2026-01-01' }, 'to'],
        [{ from: '2026-01-01', to: '2026-01-01' }, 'to'],
        [{ from: '2026-08-01' }, 'to'],
        [{ from: 'gisteren' }, 'from'],
        [{ to: '2026-02-30' }, 'to'],
        [{ from: '2026-01-01T00:00:00' }, 'from'],
        [{ ownerId: 'jan' }, 'ownerId'],
        [{ status: 'won' }, ''],
      ])('rejects %j as VALIDATION on %s', async (input, path) => {
        await expect(read(agency.viewer, input as never, () => NOW)).rejects.toMatchObject({
          code: 'VALIDATION',
          data: { issues: [expect.objectContaining({ path })] },
        });
      });
    });
  });
});
