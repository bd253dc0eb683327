import type { PipelineDefinition as Pipeline } from '../../pipeline/domain/index.js';
import type { OutcomeColumns } from './columns.js';
import { LOSS_REASON_GROUPS, type LossReasonGroup } from './loss-reason-groups.js';

export { LOSS_REASON_GROUPS, lossReasonGroup, type LossReasonGroup } from './loss-reason-groups.js';
import { monthNumberOfLabel, monthsIn, quarterOfMonth, quartersIn, ratio, type Period } from './periods.js';
import type { StageEvent } from './stage-history.js';

/** A move into an end stage: a company won, or lost. */
export interface Outcome {
  at: Date;
  outcome: 'won' | 'lost';
  /** The loss reason key stored with a move to Lost. */
  lossReason: string | null;
}

/**
 * Every move into a won or lost stage in a company's log (a record moved in
 * from another pipeline straight into one counts too). On hold is neither.
 */
export function outcomes(pipeline: Pipeline, events: readonly StageEvent[]): Outcome[] {
  const result: Outcome[] = [];
  for (const event of events) {
    if (event.kind !== 'moved' && event.kind !== 'entered') continue;
    const outcome = pipeline.stages.find((s) => s.key === event.stage)?.outcome;
    if (outcome === 'won' || outcome === 'lost') result.push({ at: event.at, outcome, lossReason: event.lossReason ?? null });
  }
  return result;
}

export interface WinRate {
  won: number;
  lost: number;
  /** won / (won + lost); null when nothing was won or lost. */
  rate: number | null;
}

/**
 * The win rate of the moves into Won and into Lost in the period, each
 * counted when it happened. A won client lost later counts once as won
 * (when won) and once as lost (when lost).
 */
export function winRate(all: OutcomeColumns, period: Period): WinRate {
  const [from, to] = [period.from.getTime(), period.to.getTime()];
  let won = 0;
  let lost = 0;
  for (let i = 0; i < all.length; i++) {
    const at = all.at[i]!;
    if (at < from || at >= to) continue;
    if (all.won[i]) won++;
    else lost++;
  }
  return winRateOf(won, lost);
}

/** The win rate per calendar month (UTC) the period touches. */
export function winRateByMonth(all: OutcomeColumns, period: Period): (WinRate & { month: string })[] {
  const [from, to] = [period.from.getTime(), period.to.getTime()];
  const months = monthsIn(period);
  const first = months.length > 0 ? monthNumberOfLabel(months[0]!) : 0;
  const won = months.map(() => 0);
  const lost = months.map(() => 0);
  for (let i = 0; i < all.length; i++) {
    const at = all.at[i]!;
    if (at < from || at >= to) continue;
    (all.won[i] ? won : lost)[all.month[i]! - first]!++;
  }
  return months.map((month, m) => ({ month, ...winRateOf(won[m]!, lost[m]!) }));
}

function winRateOf(won: number, lost: number): WinRate {
  return { won, lost, rate: ratio(won, won + lost) };
}

export interface LossReasonBreakdown {
  lost: number;
  /** Every group, zero included; share = count / lost, null when nothing was lost. */
  reasons: { reason: LossReasonGroup; count: number; share: number | null }[];
}

/** Counts and shares of the loss reasons of these outcomes' losses (won ones are left out). */
export function lossReasons(all: OutcomeColumns): LossReasonBreakdown {
  const counts = LOSS_REASON_GROUPS.map(() => 0);
  for (let i = 0; i < all.length; i++) if (!all.won[i]) counts[all.reason[i]!]!++;
  return breakdownOf(counts);
}

/** Loss reasons of the period, in total and per calendar quarter (UTC) it touches. */
export function lossReasonsByQuarter(all: OutcomeColumns, period: Period): { total: LossReasonBreakdown; byQuarter: (LossReasonBreakdown & { quarter: string })[] } {
  const [from, to] = [period.from.getTime(), period.to.getTime()];
  const quarters = quartersIn(period);
  const total = LOSS_REASON_GROUPS.map(() => 0);
  const byQuarter = new Map(quarters.map((quarter) => [quarter, LOSS_REASON_GROUPS.map(() => 0)]));
  for (let i = 0; i < all.length; i++) {
    const at = all.at[i]!;
    if (all.won[i] || at < from || at >= to) continue;
    const reason = all.reason[i]!;
    total[reason]!++;
    byQuarter.get(quarterOfMonth(all.month[i]!))![reason]!++;
  }
  return {
    total: breakdownOf(total),
    byQuarter: quarters.map((quarter) => ({ quarter, ...breakdownOf(byQuarter.get(quarter)!) })),
  };
}

/** The breakdown of loss counts given per group, in LOSS_REASON_GROUPS order. */
function breakdownOf(counts: readonly number[]): LossReasonBreakdown {
  const lost = counts.reduce((sum, count) => sum + count, 0);
  return { lost, reasons: LOSS_REASON_GROUPS.map((reason, g) => ({ reason, count: counts[g]!, share: ratio(counts[g]!, lost) })) };
}
