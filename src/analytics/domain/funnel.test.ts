import { describe, expect, it } from 'vitest';
import { recruitmentBd } from '../../pipeline/domain/index.js';
import { funnel, funnelByCohort } from './funnel.js';
import { stageCycles, type StageEvent } from './stage-history.js';
import { pipelineColumns } from './pipeline-columns.js';
import type { Cycle } from './stage-history.js';

const cycleColumns = (cycles: Cycle[]) => pipelineColumns(recruitmentBd, [{ intervals: [], cycles, outcomes: [] }]).cycles;

const day = (n: number) => new Date(Date.UTC(2026, 0, 1 + n));
const followed = (n: number): StageEvent => ({ kind: 'followed', at: day(n), stage: 'prospect' });
const moved = (n: number, stage: string): StageEvent => ({ kind: 'moved', at: day(n), stage });

describe('funnel', () => {
  const cycles = [
    ...stageCycles(recruitmentBd, [followed(0), moved(10, 'contacted'), moved(22, 'meeting'), moved(30, 'won')]),
    // Two cycles: lost from Contacted, then restarted in February and lost again from Meeting.
    ...stageCycles(recruitmentBd, [followed(5), moved(9, 'contacted'), moved(25, 'lost'), moved(40, 'prospect'), moved(53, 'meeting'), moved(70, 'lost')]),
    ...stageCycles(recruitmentBd, [followed(20)]),
  ];

  it('counts how many cycles reached each step, with conversion and drop-off per step', () => {
    expect(funnel(recruitmentBd, cycleColumns(cycles))).toEqual({
      started: 4,
      steps: [
        { stage: 'prospect', reached: 4, ofStarted: 1, conversion: null, dropOff: 0 },
        // the restarted cycle skipped Contacted on its way to Meeting: it passed it
        { stage: 'contacted', reached: 3, ofStarted: 0.75, conversion: 0.75, dropOff: 1 },
        { stage: 'meeting', reached: 2, ofStarted: 0.5, conversion: 2 / 3, dropOff: 1 },
        { stage: 'won', reached: 1, ofStarted: 0.25, conversion: 0.5, dropOff: 1 },
      ],
    });
  });

  it('has no rates for no cycles', () => {
    expect(funnel(recruitmentBd, cycleColumns([])).steps.map((s) => [s.reached, s.ofStarted, s.conversion])).toEqual([
      [0, null, null],
      [0, null, null],
      [0, null, null],
      [0, null, null],
    ]);
  });

  it('groups the cycles started in the period by the month they started, empty months included', () => {
    const { total, byCohort } = funnelByCohort(recruitmentBd, cycleColumns(cycles), { from: day(1), to: day(90) });
    // The cycle followed on day 0 started before the period.
    expect(total.started).toBe(3);
    expect(byCohort.map((c) => [c.cohort, c.steps.map((s) => s.reached)])).toEqual([
      ['2026-01', [2, 1, 0, 0]],
      ['2026-02', [1, 1, 1, 0]],
      ['2026-03', [0, 0, 0, 0]],
    ]);
  });
});
