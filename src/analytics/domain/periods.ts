import { monthOf } from '../../platform/time/months.js';
import { DAY_MS } from '../../platform/time/days.js';

/**
 * A half-open span of time [from, to): an event stamped exactly at `to`
 * belongs to the next period, so adjacent periods never count it twice.
 */
export interface Period {
  from: Date;
  to: Date;
}

export { DAY_MS } from '../../platform/time/days.js';

/** The `days` days up to `now`: [now − days, now). */
export function lastDays(now: Date, days: number): Period {
  return { from: new Date(now.getTime() - days * DAY_MS), to: now };
}

/** The period of equal length just before this one. */
export function previousPeriod(period: Period): Period {
  const length = period.to.getTime() - period.from.getTime();
  return { from: new Date(period.from.getTime() - length), to: period.from };
}

/**
 * Relative change from the previous figure to the current one,
 * (current − previous) / previous: 0.5 is +50 %. Null when previous is 0,
 * where a change has no base to be measured against.
 */
export function relativeChange(current: number, previous: number): number | null {
  return previous === 0 ? null : (current - previous) / previous;
}

/** A ratio, or null when the denominator is 0. */
export function ratio(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator;
}

/** A UTC month as one number, year × 12 + month (0–11), so months compare and subtract. */
export function monthNumber(epochMs: number): number {
  const date = new Date(epochMs);
  return date.getUTCFullYear() * 12 + date.getUTCMonth();
}

/** The month number of a `YYYY-MM` label. */
export function monthNumberOfLabel(label: string): number {
  return Number(label.slice(0, 4)) * 12 + Number(label.slice(5, 7)) - 1;
}

/** The calendar quarter (UTC) of a moment, as `YYYY-Qn`. */
export function quarterOf(date: Date): string {
  return `${date.getUTCFullYear()}-Q${Math.floor(date.getUTCMonth() / 3) + 1}`;
}

/** The calendar quarter label `YYYY-Qn` of a month number (see monthNumber). */
export function quarterOfMonth(month: number): string {
  return `${Math.floor(month / 12)}-Q${Math.floor((month % 12) / 3) + 1}`;
}

/** Calendar months (UTC, `YYYY-MM`) the period touches, oldest first. */
export function monthsIn(period: Period): string[] {
  return bucketsIn(period, 1, monthOf);
}

/** Calendar quarters (UTC, `YYYY-Qn`) the period touches, oldest first. */
export function quartersIn(period: Period): string[] {
  return bucketsIn(period, 3, quarterOf);
}

function bucketsIn(period: Period, months: number, label: (date: Date) => string): string[] {
  if (period.to.getTime() <= period.from.getTime()) return [];
  const last = label(new Date(period.to.getTime() - 1));
  const labels: string[] = [];
  let cursor = new Date(Date.UTC(period.from.getUTCFullYear(), period.from.getUTCMonth(), 1));
  for (;;) {
    const current = label(cursor);
    if (labels.at(-1) !== current) labels.push(current);
    if (current === last) return labels;
    cursor = new Date(Date.UTC(cursor.getUTCFullYear(), cursor.getUTCMonth() + months, 1));
  }
}
