import type { Pipeline } from '../pipeline/index.js';
import { daysBetween, inPeriod, type Period } from './periods.js';
import { spread } from './percentile.js';
import { funnelStages, isEndStage, stageAt, type Cycle, type StageInterval } from './stage-history.js';

export interface StageCount {
  stage: string;
  count: number;
}

/** How many followed companies were in each stage at one moment. */
export interface Distribution {
  at: Date;
  total: number;
  /** Every stage of the pipeline in board order, zero included. */
  stages: StageCount[];
}

/**
 * The distribution over stages at the end of a period ending at `instant`
 * (see stageAt): companies not followed then (soft-deleted, or not yet
 * followed) are not counted.
 */
export function distribution(pipeline: Pipeline, companies: readonly (readonly StageInterval[])[], instant: Date): Distribution {
  const counts = new Map(pipeline.stages.map((s) => [s.key, 0]));
  for (const intervals of companies) {
    const stage = stageAt(intervals, instant);
    if (stage !== null && counts.has(stage)) counts.set(stage, counts.get(stage)! + 1);
  }
  const stages = [...counts].map(([stage, count]) => ({ stage, count }));
  return { at: instant, total: stages.reduce((sum, s) => sum + s.count, 0), stages };
}

/** Durations in days: how many, their median and 75th percentile (see percentile). */
export interface StageDurations {
  stage: string;
  count: number;
  medianDays: number | null;
  p75Days: number | null;
}

function durations(stage: string, days: readonly number[]): StageDurations {
  const { count, median, p75 } = spread(days);
  return { stage, count, medianDays: median, p75Days: p75 };
}

/**
 * Time spent in each working stage, from consecutive status changes. A stay
 * counts in the period in which it ended, whatever its length; a stay still
 * open is measured up to `now` and counts in a period that reaches now
 * (from ≤ now ≤ to), so each stay counts in exactly one of a row of
 * adjacent periods. Unfollowing ends a stay like a move does.
 *
 * End stages (Won, Lost: stages with an outcome) are not counted: a company
 * rests there rather than being worked, like an On-hold stage, so "time on
 * hold" is left out. Time while not followed belongs to no stage.
 */
export function timeInStage(pipeline: Pipeline, intervals: readonly StageInterval[], period: Period, now: Date): StageDurations[] {
  const reachesNow = period.from.getTime() <= now.getTime() && now.getTime() <= period.to.getTime();
  const working = pipeline.stages.filter((s) => !isEndStage(pipeline, s.key)).map((s) => s.key);
  const days = new Map(working.map((stage) => [stage, [] as number[]]));
  for (const stay of intervals) {
    const bucket = days.get(stay.stage);
    if (!bucket) continue;
    if (stay.to === null ? reachesNow : inPeriod(stay.to, period)) bucket.push(daysBetween(stay.from, stay.to ?? now));
  }
  return working.map((stage) => durations(stage, days.get(stage)!));
}

/**
 * Velocity: days from the start of a cycle (the follow, or the restart
 * after Lost) to first reaching each funnel step after the entry stage,
 * over the cycles that reached that step in the period. A skipped step is
 * reached with the step that skipped it (Prospect → Won reaches Meeting).
 */
export function velocity(pipeline: Pipeline, cycles: readonly Cycle[], period: Period): StageDurations[] {
  return funnelStages(pipeline)
    .slice(1)
    .map((stage) => {
      const days: number[] = [];
      for (const cycle of cycles) {
        const reached = cycle.reachedAt[stage];
        if (reached && inPeriod(reached, period)) days.push(daysBetween(cycle.startedAt, reached));
      }
      return durations(stage, days);
    });
}
