import quickselect from 'quickselect';

/**
 * Percentiles by linear interpolation between closest ranks (Hyndman & Fan
 * type 7: numpy's and R's default, Excel's PERCENTILE.INC). With the values
 * sorted ascending as x[0] … x[n−1] and h = (n − 1)·p, the p-th percentile
 * is x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋]). So the median of 1, 2, 3, 4 is
 * 2.5 and their 75th percentile 3.25; one value is every percentile of
 * itself; no values have none (null).
 */
export function percentile(values: ArrayLike<number>, p: number): number | null {
  return select(finiteCopy(values), p);
}

/** The median: the 50th percentile (mean of the middle two for an even count). */
export function median(values: ArrayLike<number>): number | null {
  return percentile(values, 0.5);
}

/** How a set of durations spreads: how many, their median and 75th percentile. */
export interface Spread {
  count: number;
  median: number | null;
  p75: number | null;
}

/** Count, median and 75th percentile of some durations. */
export function spread(values: ArrayLike<number>): Spread {
  const copy = finiteCopy(values);
  return { count: copy.length, median: select(copy, 0.5), p75: select(copy, 0.75) };
}

function finiteCopy(values: ArrayLike<number>): Float64Array {
  const copy = Float64Array.from(values);
  for (let i = 0; i < copy.length; i++) if (!Number.isFinite(copy[i])) throw new RangeError('percentile of a non-finite value');
  return copy;
}

/**
 * The p-th percentile of `values`, which it reorders. The dashboard takes
 * medians of hundreds of thousands of stays per request: selecting the rank
 * (Floyd–Rivest, in linear time) instead of sorting all of them is several
 * times faster.
 */
function select(values: Float64Array, p: number): number | null {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`percentile must be between 0 and 1, got ${p}`);
  if (values.length === 0) return null;
  const h = (values.length - 1) * p;
  const lower = Math.floor(h);
  // Typed as an array, it reads and swaps elements only: a Float64Array serves.
  quickselect(values as unknown as number[], lower);
  const below = values[lower]!;
  if (h === lower) return below;
  // Everything after `lower` is at least `below`; the next rank is the least of it.
  let above = Infinity;
  for (let i = lower + 1; i < values.length; i++) if (values[i]! < above) above = values[i]!;
  return below + (h - lower) * (above - below);
}
