import type { Pipeline } from '../pipeline/index.js';
import { funnelByCohort, type CohortFunnel, type Funnel } from './funnel.js';
import { lossReasonsByQuarter, outcomes, winRate, winRateByMonth, type LossReasonBreakdown, type WinRate } from './outcomes.js';
import type { Period } from './periods.js';
import { distribution, timeInStage, velocity, type Distribution, type StageDurations } from './stage-figures.js';
import { stageCycles, stageIntervals, type CompanyHistory } from './stage-history.js';

/** Everything the pipeline dashboard shows for one period (SPEC R6.3). */
export interface PipelineFigures {
  /** Followed companies per stage at the end of the period (or now, if sooner). */
  distribution: Distribution;
  /** Working stages only (not Won, Lost): stays that ended in the period, and open ones if it reaches now. */
  timeInStage: StageDurations[];
  /** Days from the start of a cycle to first reaching contacted, meeting and won, for steps reached in the period. */
  velocity: StageDurations[];
  /** Cycles started in the period, by how far they got up to now. */
  funnel: { total: Funnel; byCohort: CohortFunnel[] };
  winRate: { total: WinRate; byMonth: (WinRate & { month: string })[] };
  lossReasons: { total: LossReasonBreakdown; byQuarter: (LossReasonBreakdown & { quarter: string })[] };
}

/**
 * Computes every pipeline figure from the companies' stage logs alone.
 * Events after `now` are ignored; the period is half-open [from, to).
 */
export function analyzePipeline(pipeline: Pipeline, histories: readonly CompanyHistory[], period: Period, now: Date): PipelineFigures {
  const logs = histories.map((history) => history.events.filter((event) => event.at.getTime() <= now.getTime()));
  const intervals = logs.map(stageIntervals);
  const cycles = logs.flatMap((events) => stageCycles(pipeline, events));
  const ends = logs.flatMap((events) => outcomes(pipeline, events));
  const snapshot = distribution(pipeline, intervals, period.to);
  return {
    distribution: { ...snapshot, at: period.to.getTime() > now.getTime() ? now : period.to },
    timeInStage: timeInStage(pipeline, intervals.flat(), period, now),
    velocity: velocity(pipeline, cycles, period),
    funnel: funnelByCohort(pipeline, cycles, period),
    winRate: { total: winRate(ends, period), byMonth: winRateByMonth(ends, period) },
    lossReasons: lossReasonsByQuarter(ends, period),
  };
}
