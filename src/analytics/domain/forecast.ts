import type { PipelineDefinition as Pipeline } from '../../pipeline/domain/index.js';
import { monthNumber, monthNumberOfLabel } from './periods.js';

/*
 * The value forecast (SPEC R10.6): the open records' expected value by the
 * month they are expected to close, as is and weighted by their stage's
 * win probability. Records on hold, won or lost are not open and are left
 * out; an open stage without a probability weighs nothing.
 */

/** Open records of one stage expected to close in one month, as the query groups them. */
export interface ForecastGroup {
  stage: string;
  /** `YYYY-MM` of the expected close date; null when the records have none. */
  closeMonth: string | null;
  count: number;
  /** The sum of their expected values (records without one add nothing). */
  value: number;
}

export interface ForecastBucket {
  count: number;
  /** Expected value, unweighted. */
  value: number;
  /** Expected value × the stage's probability / 100. */
  weighted: number;
}

export interface Forecast {
  /** The months from the current one on, empty ones included. */
  months: (ForecastBucket & { month: string })[];
  /** Expected to close before the current month: late. */
  overdue: ForecastBucket;
  /** Expected to close after the last month shown. */
  later: ForecastBucket;
  /** No expected close date. */
  undated: ForecastBucket;
  /** Every open record. */
  total: ForecastBucket;
}

/** The forecast over `months` months starting with the month (UTC) of `now`. */
export function forecast(pipeline: Pipeline, groups: readonly ForecastGroup[], now: Date, months: number): Forecast {
  const first = monthNumber(now.getTime());
  const probability = new Map(pipeline.stages.filter((s) => s.outcome === undefined).map((s) => [s.key, s.probability ?? 0]));
  // Sums in cents, so adding many values with two decimals stays exact.
  const empty = () => ({ count: 0, value: 0, weighted: 0 });
  const byMonth = Array.from({ length: months }, empty);
  const [overdue, later, undated, total] = [empty(), empty(), empty(), empty()];
  for (const group of groups) {
    const chance = probability.get(group.stage);
    if (chance === undefined) continue;
    const cents = Math.round(group.value * 100);
    const offset = group.closeMonth === null ? null : monthNumberOfLabel(group.closeMonth) - first;
    const bucket = offset === null ? undated : offset < 0 ? overdue : offset >= months ? later : byMonth[offset]!;
    for (const sum of [bucket, total]) {
      sum.count += group.count;
      sum.value += cents;
      sum.weighted += (cents * chance) / 100;
    }
  }
  return {
    months: byMonth.map((bucket, i) => ({ month: monthLabel(first + i), ...inUnits(bucket) })),
    overdue: inUnits(overdue),
    later: inUnits(later),
    undated: inUnits(undated),
    total: inUnits(total),
  };
}

/** Cents back to units, the weighted sum rounded to the cent. */
function inUnits(bucket: ForecastBucket): ForecastBucket {
  return { count: bucket.count, value: bucket.value / 100, weighted: Math.round(bucket.weighted) / 100 };
}

function monthLabel(month: number): string {
  return `${Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`;
}
