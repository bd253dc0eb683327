import type { PipelineDefinition as Pipeline } from '../../pipeline/domain/index.js';
import { funnelByCohort, type CohortFunnel, type Funnel } from './funnel.js';
import { lossReasonsByQuarter, winRate, winRateByMonth, type LossReasonBreakdown, type WinRate } from './outcomes.js';
import { pipelineColumns, type PipelineColumns } from './pipeline-columns.js';
import type { Period } from './periods.js';
import { distribution, timeInStage, velocity, type Distribution, type StageDurations } from './stage-figures.js';
import type { CompanyHistory, StageEvent } from './stage-history.js';
import { replayCompany } from './company-replay.js';

export { replayCompany, type CompanyReplay } from './company-replay.js';

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
 * Every pipeline figure of a period from the columns of the companies'
 * replays (see pipelineColumns), whose logs must end by `now` (see
 * analyzePipeline). The period is half-open [from, to).
 */
export function pipelineFigures(pipeline: Pipeline, columns: PipelineColumns, period: Period, now: Date): PipelineFigures {
  const snapshot = distribution(pipeline, columns.stays, period.to);
  return {
    distribution: { ...snapshot, at: period.to.getTime() > now.getTime() ? now : period.to },
    timeInStage: timeInStage(pipeline, columns.stays, period, now),
    velocity: velocity(pipeline, columns.cycles, period),
    funnel: funnelByCohort(pipeline, columns.cycles, period),
    winRate: { total: winRate(columns.outcomes, period), byMonth: winRateByMonth(columns.outcomes, period) },
    lossReasons: lossReasonsByQuarter(columns.outcomes, period),
  };
}

/**
 * Computes every pipeline figure from the companies' stage logs alone.
 * Events after `now` are ignored; the period is half-open [from, to).
 */
export function analyzePipeline(pipeline: Pipeline, histories: readonly CompanyHistory[], period: Period, now: Date): PipelineFigures {
  const replays = histories.map((history) => replayCompany(pipeline, eventsUpTo(history.events, now)));
  return pipelineFigures(pipeline, pipelineColumns(pipeline, replays), period, now);
}

/** The events of a log up to and including `now`. */
export function eventsUpTo(events: readonly StageEvent[], now: Date): readonly StageEvent[] {
  const t = now.getTime();
  return events.every((event) => event.at.getTime() <= t) ? events : events.filter((event) => event.at.getTime() <= t);
}
