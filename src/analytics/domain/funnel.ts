import type { PipelineDefinition as Pipeline } from '../../pipeline/domain/index.js';
import type { CycleColumns } from './columns.js';
import { monthNumberOfLabel, monthsIn, ratio, type Period } from './periods.js';
import { funnelStages } from './stage-history.js';

export interface FunnelStep {
  stage: string;
  /** Cycles that reached this step (or skipped past it). */
  reached: number;
  /** reached / cycles started; null when none started. */
  ofStarted: number | null;
  /** reached / reached at the previous step; null for the first step or when the previous reached none. */
  conversion: number | null;
  /** Cycles that reached the previous step but not this one (0 for the first step). */
  dropOff: number;
}

export interface Funnel {
  /** Cycles counted: each follow, and each restart after Lost, is one. */
  started: number;
  steps: FunnelStep[];
}

export interface CohortFunnel extends Funnel {
  /** `YYYY-MM` (UTC): the month the cycles started. */
  cohort: string;
}

/**
 * The conversion funnel over these cycles, Prospect → Contacted → Meeting
 * → Won. A cycle reached a step if it ever entered it or a later step
 * (see Cycle.reachedAt), so every step reaches at most as many as the one
 * before: the funnel is monotone. Outcomes count up to now, so a young
 * cohort's funnel still grows.
 */
export function funnel(pipeline: Pipeline, cycles: CycleColumns): Funnel {
  const steps = funnelStages(pipeline);
  const reached = steps.map((_, k) => {
    let count = 0;
    for (let i = 0; i < cycles.length; i++) if (!Number.isNaN(cycles.reachedAt[k]![i])) count++;
    return count;
  });
  return funnelOf(steps, cycles.length, reached);
}

/**
 * The funnel of the cycles started in the period, in total and per cohort
 * month of starting (every month the period touches, empty ones included).
 */
export function funnelByCohort(pipeline: Pipeline, cycles: CycleColumns, period: Period): { total: Funnel; byCohort: CohortFunnel[] } {
  const steps = funnelStages(pipeline);
  const [from, to] = [period.from.getTime(), period.to.getTime()];
  const months = monthsIn(period);
  const first = months.length > 0 ? monthNumberOfLabel(months[0]!) : 0;
  // Per cohort: cycles started, then cycles that reached each step.
  const started = months.map(() => 0);
  const reached = months.map(() => steps.map(() => 0));
  for (let i = 0; i < cycles.length; i++) {
    const startedAt = cycles.startedAt[i]!;
    if (startedAt < from || startedAt >= to) continue;
    const cohort = cycles.startMonth[i]! - first;
    started[cohort]!++;
    steps.forEach((_, k) => {
      if (!Number.isNaN(cycles.reachedAt[k]![i])) reached[cohort]![k]!++;
    });
  }
  const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);
  return {
    total: funnelOf(
      steps,
      sum(started),
      steps.map((_, k) => sum(reached.map((cohort) => cohort[k]!))),
    ),
    byCohort: months.map((cohort, c) => ({ cohort, ...funnelOf(steps, started[c]!, reached[c]!) })),
  };
}

/** The funnel of `started` cycles of which `reached[k]` reached step k. */
function funnelOf(steps: readonly string[], started: number, reached: readonly number[]): Funnel {
  return {
    started,
    steps: steps.map((stage, k) => {
      const previous = k === 0 ? null : reached[k - 1]!;
      return {
        stage,
        reached: reached[k]!,
        ofStarted: ratio(reached[k]!, started),
        conversion: previous === null ? null : ratio(reached[k]!, previous),
        dropOff: previous === null ? 0 : previous - reached[k]!,
      };
    }),
  };
}
