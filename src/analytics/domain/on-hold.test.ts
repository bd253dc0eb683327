import { describe, expect, it } from 'vitest';
import { deal, staleVerdict, staleThresholds, type Pipeline } from '../../pipeline/domain/index.js';
import { analyzePipeline, replayCompany } from './analyze-pipeline.js';
import { funnelByCohort } from './funnel.js';
import { pipelineColumns } from './pipeline-columns.js';
import { distribution, timeInStage, velocity } from './stage-figures.js';
import type { StageEvent } from './stage-history.js';

/*
 * On hold in the Deal template (SPEC R3.2): a parked deal's time counts in
 * no stage, it is no outcome, and coming back continues the cycle. Every
 * expected figure below is worked out by hand from the day numbers.
 */

/** Day n of 2026 at midnight UTC (day 0 is 1 January). */
const day = (n: number) => new Date(Date.UTC(2026, 0, 1 + n));
const followed = (n: number): StageEvent => ({ kind: 'followed', at: day(n), stage: 'lead' });
const moved = (n: number, stage: string): StageEvent => ({ kind: 'moved', at: day(n), stage });
const year = { from: day(0), to: day(365) };
const asPipeline: Pipeline = { ...deal, id: '00000000-0000-4000-8000-000000000001', version: 1, templateKey: 'deal', isDefault: true, archived: false };

/** Lead 10 days → On hold 30 days → Lead 5 days → Qualification (still there). */
const parked = [followed(0), moved(10, 'on_hold'), moved(40, 'lead'), moved(45, 'qualification')];

const figuresAt = (now: number, ...logs: StageEvent[][]) =>
  analyzePipeline(deal, logs.map((events, i) => ({ companyId: String(i), events })), year, day(now));
const durations = (rows: { stage: string; count: number; medianDays: number | null }[], stage: string) => {
  const row = rows.find((r) => r.stage === stage)!;
  return { count: row.count, medianDays: row.medianDays };
};

describe('time in stage with a pause on hold', () => {
  it('is 15 days in Lead: the stays before and after the pause are one, without the 30 days on hold', () => {
    const figures = figuresAt(60, parked);
    expect(durations(figures.timeInStage, 'lead')).toEqual({ count: 1, medianDays: 15 });
    // Qualification is still open on day 60: 60 − 45.
    expect(durations(figures.timeInStage, 'qualification')).toEqual({ count: 1, medianDays: 15 });
    expect(figures.timeInStage.map((row) => row.stage)).not.toContain('on_hold');
  });

  it('keeps the pause as its own stay for the distribution, and joins only a return to the same stage', () => {
    const { intervals } = replayCompany(deal, parked);
    expect(intervals).toEqual([
      { stage: 'lead', from: day(0), to: day(10), resumed: true },
      { stage: 'on_hold', from: day(10), to: day(40) },
      { stage: 'lead', from: day(40), to: day(45), carriedMs: 10 * 86_400_000 },
      { stage: 'qualification', from: day(45), to: null },
    ]);
    const stays = pipelineColumns(deal, [replayCompany(deal, parked)]).stays;
    const onHoldAt20 = distribution(deal, stays, day(20)).stages.find((s) => s.stage === 'on_hold');
    expect(onHoldAt20).toEqual({ stage: 'on_hold', count: 1 });

    // Lead 10 → On hold 30 → Qualification: Lead was 10 days, and nothing is carried.
    const elsewhere = figuresAt(60, [followed(0), moved(10, 'on_hold'), moved(40, 'qualification')]);
    expect(durations(elsewhere.timeInStage, 'lead')).toEqual({ count: 1, medianDays: 10 });
    expect(durations(elsewhere.timeInStage, 'qualification')).toEqual({ count: 1, medianDays: 20 });
  });

  it('counts the stay before the pause on its own while the deal is still on hold', () => {
    const figures = figuresAt(30, [followed(0), moved(10, 'on_hold')]);
    expect(durations(figures.timeInStage, 'lead')).toEqual({ count: 1, medianDays: 10 });
  });

  it('joins a stay paused twice: 4 + 6 + 5 days in Lead', () => {
    const twice = figuresAt(100, [followed(0), moved(4, 'on_hold'), moved(20, 'lead'), moved(26, 'on_hold'), moved(50, 'lead'), moved(55, 'qualification')]);
    expect(durations(twice.timeInStage, 'lead')).toEqual({ count: 1, medianDays: 15 });
  });
});

describe('velocity and the cycle with a pause on hold', () => {
  it('reaches Qualification in 15 days, not 45: the 30 days on hold are left out', () => {
    expect(durations(figuresAt(60, parked).velocity, 'qualification')).toEqual({ count: 1, medianDays: 15 });
  });

  it('leaves out only the holds before each step', () => {
    // Qualification on day 5 (5 days); on hold 10 → 40; Viewing on day 50: 50 − 30 = 20 days.
    const figures = figuresAt(60, [followed(0), moved(5, 'qualification'), moved(10, 'on_hold'), moved(40, 'qualification'), moved(50, 'viewing')]);
    expect(durations(figures.velocity, 'qualification')).toEqual({ count: 1, medianDays: 5 });
    expect(durations(figures.velocity, 'viewing')).toEqual({ count: 1, medianDays: 20 });
  });

  it('continues the cycle on return: on hold is not an outcome', () => {
    const replay = replayCompany(deal, parked);
    expect(replay.cycles).toHaveLength(1);
    expect(replay.outcomes).toEqual([]);
    const cycles = pipelineColumns(deal, [replay]).cycles;
    const { total } = funnelByCohort(deal, cycles, year);
    expect(total.started).toBe(1);
    expect(total.steps.map((step) => [step.stage, step.reached])).toEqual([
      ['lead', 1],
      ['qualification', 1],
      ['viewing', 0],
      ['negotiation', 0],
      ['closing', 0],
      ['won', 0],
    ]);
    const figures = figuresAt(60, parked);
    expect(figures.winRate.total).toEqual({ won: 0, lost: 0, rate: null });
  });

  it('agrees between the replay read at once and the columns', () => {
    const now = day(60);
    const columns = pipelineColumns(deal, [replayCompany(deal, parked)]);
    expect(timeInStage(deal, columns.stays, year, now)).toEqual(figuresAt(60, parked).timeInStage);
    expect(velocity(deal, columns.cycles, year)).toEqual(figuresAt(60, parked).velocity);
  });
});

describe('stale while on hold', () => {
  const thresholds = staleThresholds(asPipeline);
  const facts = (status: string, since: number) => ({ status, statusChangedAt: day(since), lastActivityAt: null, nextPlannedAt: null });

  it('never: On hold has no threshold, however long the deal waits', () => {
    expect(thresholds).not.toHaveProperty('on_hold');
    expect(staleVerdict(facts('on_hold', 10), thresholds, day(39))).toEqual({ stale: false, idleDays: 29, staleAfterDays: null });
    expect(staleVerdict(facts('on_hold', 10), thresholds, day(400)).stale).toBe(false);
  });

  it('counts Lead again from the return: 10 days after it is not stale, 15 days is (threshold 14)', () => {
    expect(staleVerdict(facts('lead', 40), thresholds, day(50))).toEqual({ stale: false, idleDays: 10, staleAfterDays: 14 });
    expect(staleVerdict(facts('lead', 40), thresholds, day(55))).toEqual({ stale: true, idleDays: 15, staleAfterDays: 14 });
  });
});
