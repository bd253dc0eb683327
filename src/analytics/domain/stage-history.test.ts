import { describe, expect, it } from 'vitest';
import { recruitmentBd } from '../../pipeline/domain/index.js';
import { funnelStages, isEndStage, stageCycles, stageIntervals, type StageEvent } from './stage-history.js';

/** Day n of 2026 at midnight UTC (day 0 is 1 January). */
const day = (n: number) => new Date(Date.UTC(2026, 0, 1 + n));
const followed = (n: number): StageEvent => ({ kind: 'followed', at: day(n), stage: 'prospect' });
const moved = (n: number, stage: string, lossReason?: string): StageEvent => ({ kind: 'moved', at: day(n), stage, lossReason });
const unfollowed = (n: number): StageEvent => ({ kind: 'unfollowed', at: day(n) });

describe('stageIntervals', () => {
  it('turns consecutive changes into stays, the last one open', () => {
    expect(stageIntervals([followed(0), moved(10, 'contacted'), moved(22, 'meeting')])).toEqual([
      { stage: 'prospect', from: day(0), to: day(10) },
      { stage: 'contacted', from: day(10), to: day(22) },
      { stage: 'meeting', from: day(22), to: null },
    ]);
  });

  it('ends the stay when the company is unfollowed and starts afresh when it is followed again', () => {
    expect(stageIntervals([followed(60), moved(62, 'contacted'), unfollowed(80), followed(110)])).toEqual([
      { stage: 'prospect', from: day(60), to: day(62) },
      { stage: 'contacted', from: day(62), to: day(80) },
      { stage: 'prospect', from: day(110), to: null },
    ]);
  });

  it('keeps a zero-length stay when two changes share a moment', () => {
    expect(stageIntervals([followed(1), moved(1, 'contacted')])).toEqual([
      { stage: 'prospect', from: day(1), to: day(1) },
      { stage: 'contacted', from: day(1), to: null },
    ]);
  });

  it('knows nothing without events', () => {
    expect(stageIntervals([])).toEqual([]);
  });
});

describe('funnel steps and end stages', () => {
  it('are Prospect → Contacted → Meeting → Won; Won and Lost end the pipeline', () => {
    expect(funnelStages(recruitmentBd)).toEqual(['prospect', 'contacted', 'meeting', 'won']);
    expect(['prospect', 'contacted', 'meeting', 'won', 'lost'].map((s) => isEndStage(recruitmentBd, s))).toEqual([false, false, false, true, true]);
  });
});

describe('stageCycles', () => {
  it('one cycle per follow, and Lost → Prospect starts the next', () => {
    const events = [
      followed(5),
      moved(9, 'contacted'),
      moved(25, 'lost', 'no_response'),
      moved(40, 'prospect'),
      moved(53, 'meeting'),
      moved(70, 'lost', 'other'),
      moved(100, 'prospect'),
    ];
    expect(stageCycles(recruitmentBd, events)).toEqual([
      { startedAt: day(5), reachedAt: { prospect: day(5), contacted: day(9) } },
      // Prospect → Meeting skips Contacted, which counts as passed at the same moment.
      { startedAt: day(40), reachedAt: { prospect: day(40), contacted: day(53), meeting: day(53) } },
      { startedAt: day(100), reachedAt: { prospect: day(100) } },
    ]);
  });

  it('a won client that is lost later stays one cycle that reached Won', () => {
    const events = [followed(90), moved(93, 'won'), moved(120, 'lost', 'terms_not_acceptable')];
    expect(stageCycles(recruitmentBd, events)).toEqual([
      { startedAt: day(90), reachedAt: { prospect: day(90), contacted: day(93), meeting: day(93), won: day(93) } },
    ]);
  });

  it('keeps the first time a step was reached when the company moves back and forth', () => {
    const events = [followed(0), moved(3, 'contacted'), moved(4, 'prospect'), moved(8, 'contacted'), moved(9, 'meeting'), moved(11, 'contacted'), moved(12, 'meeting')];
    expect(stageCycles(recruitmentBd, events)).toEqual([
      { startedAt: day(0), reachedAt: { prospect: day(0), contacted: day(3), meeting: day(9) } },
    ]);
  });

  it('unfollowing ends a cycle and following again starts a new one', () => {
    const events = [followed(60), moved(62, 'contacted'), unfollowed(80), followed(110), moved(130, 'contacted')];
    expect(stageCycles(recruitmentBd, events)).toEqual([
      { startedAt: day(60), reachedAt: { prospect: day(60), contacted: day(62) } },
      { startedAt: day(110), reachedAt: { prospect: day(110), contacted: day(130) } },
    ]);
  });

  it('a log that starts without a follow still starts a cycle at its first change', () => {
    expect(stageCycles(recruitmentBd, [moved(3, 'meeting')])).toEqual([
      { startedAt: day(3), reachedAt: { prospect: day(3), contacted: day(3), meeting: day(3) } },
    ]);
  });
});
