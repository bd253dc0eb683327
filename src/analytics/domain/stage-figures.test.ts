import { describe, expect, it } from 'vitest';
import { recruitmentBd } from '../../pipeline/domain/index.js';
import { distribution, timeInStage, velocity } from './stage-figures.js';
import { stageCycles, stageIntervals, type StageEvent } from './stage-history.js';
import { pipelineColumns } from './pipeline-columns.js';
import type { Cycle, StageInterval } from './stage-history.js';

const stays = (...companies: StageInterval[][]) => pipelineColumns(recruitmentBd, companies.map((intervals) => ({ intervals, cycles: [], outcomes: [] }))).stays;
const cycleColumns = (cycles: Cycle[]) => pipelineColumns(recruitmentBd, [{ intervals: [], cycles, outcomes: [] }]).cycles;

const day = (n: number) => new Date(Date.UTC(2026, 0, 1 + n));
const followed = (n: number): StageEvent => ({ kind: 'followed', at: day(n), stage: 'prospect' });
const moved = (n: number, stage: string): StageEvent => ({ kind: 'moved', at: day(n), stage });
const unfollowed = (n: number): StageEvent => ({ kind: 'unfollowed', at: day(n) });
const days = (from: number, to: number) => ({ from: day(from), to: day(to) });

describe('distribution', () => {
  const companies = [
    stageIntervals([followed(0), moved(5, 'contacted')]),
    stageIntervals([followed(0), moved(5, 'won')]),
    stageIntervals([followed(0), unfollowed(3)]),
    stageIntervals([followed(8)]),
  ];

  it('counts the followed companies per stage at the end of the period, every stage listed', () => {
    // At day 6: contacted, won; the third was unfollowed at 3, the fourth not followed yet.
    expect(distribution(recruitmentBd, stays(...companies), day(6))).toEqual({
      at: day(6),
      total: 2,
      stages: [
        { stage: 'prospect', count: 0 },
        { stage: 'contacted', count: 1 },
        { stage: 'meeting', count: 0 },
        { stage: 'won', count: 1 },
        { stage: 'lost', count: 0 },
      ],
    });
  });

  it('leaves a change at the very end of the period to the next one', () => {
    // At day 5 both moves happen "at" the end: both companies still count as prospects.
    expect(distribution(recruitmentBd, stays(...companies), day(5)).stages[0]).toEqual({ stage: 'prospect', count: 2 });
  });
});

describe('timeInStage', () => {
  const intervals = [
    // prospect 10 (ends day 10), contacted 12 (ends 22), meeting open since 22
    ...stageIntervals([followed(0), moved(10, 'contacted'), moved(22, 'meeting')]),
    // prospect 4 (ends 9), contacted 16 (ends 25), lost 15 (end stage), prospect open since 40
    ...stageIntervals([followed(5), moved(9, 'contacted'), moved(25, 'lost'), moved(40, 'prospect')]),
    // prospect 3 (ends 33), contacted 7 (cut by unfollowing at 40)
    ...stageIntervals([followed(30), moved(33, 'contacted'), unfollowed(40)]),
  ];

  it('counts the stays that ended in the period and, when the period reaches now, the open ones up to now', () => {
    const now = day(50);
    expect(timeInStage(recruitmentBd, stays(intervals), days(0, 50), now)).toEqual([
      // 3, 4, 10 and the open one 40 → 50 = 10: sorted 3, 4, 10, 10
      { stage: 'prospect', count: 4, medianDays: 7, p75Days: 10 },
      // 7, 12, 16
      { stage: 'contacted', count: 3, medianDays: 12, p75Days: 14 },
      // open 22 → 50 = 28
      { stage: 'meeting', count: 1, medianDays: 28, p75Days: 28 },
    ]);
  });

  it('leaves out open stays in a period that ended before now, and stays that ended after it', () => {
    expect(timeInStage(recruitmentBd, stays(intervals), days(0, 20), day(50))).toEqual([
      { stage: 'prospect', count: 2, medianDays: 7, p75Days: 8.5 },
      { stage: 'contacted', count: 0, medianDays: null, p75Days: null },
      { stage: 'meeting', count: 0, medianDays: null, p75Days: null },
    ]);
  });

  it('counts a stay whole in the period it ended, however long ago it started', () => {
    const [, contacted] = timeInStage(recruitmentBd, stays(intervals), days(24, 26), day(50));
    expect(contacted).toEqual({ stage: 'contacted', count: 1, medianDays: 16, p75Days: 16 });
  });

  it('never counts Won or Lost', () => {
    const stages = timeInStage(recruitmentBd, stays(intervals), days(0, 50), day(50)).map((s) => s.stage);
    expect(stages).toEqual(['prospect', 'contacted', 'meeting']);
  });
});

describe('velocity', () => {
  const cycles = [
    ...stageCycles(recruitmentBd, [followed(-30), moved(-20, 'contacted'), moved(3, 'meeting')]),
    ...stageCycles(recruitmentBd, [followed(0), moved(10, 'contacted'), moved(22, 'meeting'), moved(30, 'won')]),
    ...stageCycles(recruitmentBd, [followed(90), moved(93, 'won')]),
  ];

  it('measures from the start of the cycle to first reaching each step, for steps reached in the period', () => {
    expect(velocity(recruitmentBd, cycleColumns(cycles), days(0, 181))).toEqual([
      // reached in the period: 10 (the first company reached contacted before it) and 3
      { stage: 'contacted', count: 2, medianDays: 6.5, p75Days: 8.25 },
      // 33 (cycle started before the period), 22, and 3 (Prospect → Won passes Meeting)
      { stage: 'meeting', count: 3, medianDays: 22, p75Days: 27.5 },
      { stage: 'won', count: 2, medianDays: 16.5, p75Days: 23.25 },
    ]);
  });
});
