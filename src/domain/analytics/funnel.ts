import { monthOf } from '../months.js';
import type { Pipeline } from '../pipeline/index.js';
import { groupBy, inPeriod, monthsIn, ratio, type Period } from './periods.js';
import { funnelStages, type Cycle } from './stage-history.js';

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
export function funnel(pipeline: Pipeline, cycles: readonly Cycle[]): Funnel {
  const started = cycles.length;
  let previous: number | null = null;
  const steps = funnelStages(pipeline).map((stage) => {
    const reached = cycles.filter((cycle) => cycle.reachedAt[stage] !== undefined).length;
    const step: FunnelStep = {
      stage,
      reached,
      ofStarted: ratio(reached, started),
      conversion: previous === null ? null : ratio(reached, previous),
      dropOff: previous === null ? 0 : previous - reached,
    };
    previous = reached;
    return step;
  });
  return { started, steps };
}

/**
 * The funnel of the cycles started in the period, in total and per cohort
 * month of starting (every month the period touches, empty ones included).
 */
export function funnelByCohort(pipeline: Pipeline, cycles: readonly Cycle[], period: Period): { total: Funnel; byCohort: CohortFunnel[] } {
  const inside = cycles.filter((cycle) => inPeriod(cycle.startedAt, period));
  const cohorts = groupBy(inside, (cycle) => monthOf(cycle.startedAt));
  return {
    total: funnel(pipeline, inside),
    byCohort: monthsIn(period).map((cohort) => ({ cohort, ...funnel(pipeline, cohorts.get(cohort) ?? []) })),
  };
}
