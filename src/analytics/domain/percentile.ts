/**
 * Percentiles by linear interpolation between closest ranks (Hyndman & Fan
 * type 7: numpy's and R's default, Excel's PERCENTILE.INC). With the values
 * sorted ascending as x[0] … x[n−1] and h = (n − 1)·p, the p-th percentile
 * is x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋]). So the median of 1, 2, 3, 4 is
 * 2.5 and their 75th percentile 3.25; one value is every percentile of
 * itself; no values have none (null).
 */
export function percentile(values: readonly number[], p: number): number | null {
  return ofSorted(sortedCopy(values), p);
}

/** The median: the 50th percentile (mean of the middle two for an even count). */
export function median(values: readonly number[]): number | null {
  return percentile(values, 0.5);
}

/** How a set of durations spreads: how many, their median and 75th percentile. */
export interface Spread {
  count: number;
  median: number | null;
  p75: number | null;
}

/** Count, median and 75th percentile of some durations. */
export function spread(values: readonly number[]): Spread {
  const sorted = sortedCopy(values);
  return { count: sorted.length, median: ofSorted(sorted, 0.5), p75: ofSorted(sorted, 0.75) };
}

function sortedCopy(values: readonly number[]): Float64Array {
  if (values.some((value) => !Number.isFinite(value))) throw new RangeError('percentile of a non-finite value');
  // A typed array sorts numerically, and faster than an array with a comparator.
  return Float64Array.from(values).sort();
}

function ofSorted(sorted: Float64Array, p: number): number | null {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`percentile must be between 0 and 1, got ${p}`);
  if (sorted.length === 0) return null;
  const h = (sorted.length - 1) * p;
  const lower = Math.floor(h);
  const below = sorted[lower]!;
  const above = sorted[lower + 1];
  return above === undefined ? below : below + (h - lower) * (above - below);
}
