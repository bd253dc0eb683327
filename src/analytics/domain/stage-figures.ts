import type { PipelineDefinition as Pipeline } from '../../pipeline/domain/index.js';
import type { CycleColumns, StayColumns } from './columns.js';
import { DAY_MS, type Period } from './periods.js';
import { spread } from './percentile.js';
import { funnelStages, isEndStage } from './stage-history.js';

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
 * The distribution over stages at the end of a period ending at `instant`:
 * each company in the stage it was in after every event before the
 * instant (one stamped exactly at the instant belongs to the next period).
 * Companies not followed then (soft-deleted, or not yet followed) are not
 * counted.
 */
export function distribution(pipeline: Pipeline, stays: StayColumns, instant: Date): Distribution {
  const t = instant.getTime();
  const counts = pipeline.stages.map(() => 0);
  for (let i = 0; i < stays.length; i++) {
    // The one stay (if any) of each company that holds the instant; an open stay ends at +Infinity.
    if (stays.from[i]! < t && stays.to[i]! >= t && stays.stage[i]! < counts.length) counts[stays.stage[i]!]!++;
  }
  const stages = pipeline.stages.map((stage, i) => ({ stage: stage.key, count: counts[i]! }));
  return { at: instant, total: stages.reduce((sum, s) => sum + s.count, 0), stages };
}

/** Durations in days: how many, their median and 75th percentile (see percentile). */
export interface StageDurations {
  stage: string;
  count: number;
  medianDays: number | null;
  p75Days: number | null;
}

function durations(stage: string, days: ArrayLike<number>): StageDurations {
  const { count, median, p75 } = spread(days);
  return { stage, count, medianDays: median, p75Days: p75 };
}

/**
 * Time spent in each working stage, from consecutive status changes. A stay
 * counts in the period in which it ended, whatever its length; a stay still
 * open is measured up to `now` and counts in a period that reaches now
 * (from ≤ now ≤ to), so each stay counts in exactly one of a row of
 * adjacent periods. Unfollowing or leaving for another pipeline ends a
 * stay like a move does.
 *
 * Stages with an outcome (Won, Lost, On hold) are not counted: a company
 * rests there rather than being worked. A stay interrupted by going on
 * hold and resumed in the same stage is one stay, without the time on hold
 * (pauseOnHold): it counts once, when it finally ends. Time while not
 * followed belongs to no stage.
 */
export function timeInStage(pipeline: Pipeline, stays: StayColumns, period: Period, now: Date): StageDurations[] {
  const [from, to, at] = [period.from.getTime(), period.to.getTime(), now.getTime()];
  const reachesNow = from <= at && at <= to;
  const working = pipeline.stages.flatMap((stage, index) => (isEndStage(pipeline, stage.key) ? [] : [{ stage: stage.key, index }]));
  // One pass over the stays into one buffer, then each stage's durations as a typed array (no boxed numbers).
  const days = new Float64Array(stays.length);
  const stageOf = new Uint8Array(stays.length);
  let counted = 0;
  for (let i = 0; i < stays.length; i++) {
    const end = stays.to[i]!;
    const open = end === Infinity;
    if (stays.resumed[i]) continue;
    if (open ? reachesNow : end >= from && end < to) {
      days[counted] = ((open ? at : end) - stays.from[i]! + stays.carried[i]!) / DAY_MS;
      stageOf[counted++] = stays.stage[i]!;
    }
  }
  return working.map(({ stage, index }) => {
    const ofStage = new Float64Array(counted);
    let n = 0;
    for (let i = 0; i < counted; i++) if (stageOf[i] === index) ofStage[n++] = days[i]!;
    return durations(stage, ofStage.subarray(0, n));
  });
}

/**
 * Velocity: days from the start of a cycle (the follow, or the restart
 * after Lost) to first reaching each funnel step after the entry stage,
 * over the cycles that reached that step in the period, leaving out time
 * on hold. A skipped step is reached with the step that skipped it
 * (Prospect → Won reaches Meeting). A cycle that entered from another
 * pipeline counts only the steps after the one it entered at.
 */
export function velocity(pipeline: Pipeline, cycles: CycleColumns, period: Period): StageDurations[] {
  const [from, to] = [period.from.getTime(), period.to.getTime()];
  return funnelStages(pipeline)
    .slice(1)
    .map((stage, k) => {
      const reachedAt = cycles.reachedAt[k + 1]!;
      const heldMs = cycles.heldMs[k + 1]!;
      const days = new Float64Array(cycles.length);
      let n = 0;
      for (let i = 0; i < cycles.length; i++) {
        const reached = reachedAt[i]!;
        if (k + 1 <= cycles.entered[i]!) continue;
        // NaN (not reached) fails both comparisons.
        if (reached >= from && reached < to) days[n++] = (reached - cycles.startedAt[i]! - heldMs[i]!) / DAY_MS;
      }
      return durations(stage, days.subarray(0, n));
    });
}
