import { monthOf } from '../months.js';
import { LOSS_REASONS, type Pipeline, type StandardLossReason } from '../pipeline/index.js';
import { groupBy, inPeriod, monthsIn, quarterOf, quartersIn, ratio, type Period } from './periods.js';
import type { StageEvent } from './stage-history.js';

/** A move into an end stage: a company won, or lost. */
export interface Outcome {
  at: Date;
  outcome: 'won' | 'lost';
  /** The loss reason key stored with a move to Lost. */
  lossReason: string | null;
}

/** Every move into a won or lost stage in a company's log. */
export function outcomes(pipeline: Pipeline, events: readonly StageEvent[]): Outcome[] {
  const result: Outcome[] = [];
  for (const event of events) {
    if (event.kind !== 'moved') continue;
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
export function winRate(all: readonly Outcome[], period: Period): WinRate {
  const inside = all.filter((o) => inPeriod(o.at, period));
  const won = inside.filter((o) => o.outcome === 'won').length;
  const lost = inside.length - won;
  return { won, lost, rate: ratio(won, won + lost) };
}

/** The win rate per calendar month (UTC) the period touches. */
export function winRateByMonth(all: readonly Outcome[], period: Period): (WinRate & { month: string })[] {
  const months = groupBy(all, (o) => monthOf(o.at));
  return monthsIn(period).map((month) => ({ month, ...winRate(months.get(month) ?? [], period) }));
}

export type LossReasonGroup = StandardLossReason | 'other';

/** The standard loss reasons in the order the Lost dialog offers them, then `other`. */
export const LOSS_REASON_GROUPS: readonly LossReasonGroup[] = [...LOSS_REASONS.map((r) => r.key), 'other'];

/** A standard reason stays itself; free text (stored as `other`), a missing or an unknown key is `other`. */
export function lossReasonGroup(key: string | null | undefined): LossReasonGroup {
  return LOSS_REASON_GROUPS.find((group) => group === key) ?? 'other';
}

export interface LossReasonBreakdown {
  lost: number;
  /** Every group, zero included; share = count / lost, null when nothing was lost. */
  reasons: { reason: LossReasonGroup; count: number; share: number | null }[];
}

/** Counts and shares of the loss reasons of these outcomes' losses. */
export function lossReasons(all: readonly Outcome[]): LossReasonBreakdown {
  const losses = all.filter((o) => o.outcome === 'lost');
  const groups = groupBy(losses, (o) => lossReasonGroup(o.lossReason));
  return {
    lost: losses.length,
    reasons: LOSS_REASON_GROUPS.map((reason) => {
      const count = groups.get(reason)?.length ?? 0;
      return { reason, count, share: ratio(count, losses.length) };
    }),
  };
}

/** Loss reasons of the period, in total and per calendar quarter (UTC) it touches. */
export function lossReasonsByQuarter(all: readonly Outcome[], period: Period): { total: LossReasonBreakdown; byQuarter: (LossReasonBreakdown & { quarter: string })[] } {
  const inside = all.filter((o) => inPeriod(o.at, period));
  const quarters = groupBy(inside, (o) => quarterOf(o.at));
  return {
    total: lossReasons(inside),
    byQuarter: quartersIn(period).map((quarter) => ({ quarter, ...lossReasons(quarters.get(quarter) ?? []) })),
  };
}
