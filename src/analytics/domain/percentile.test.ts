import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { median, percentile, spread } from './percentile.js';

describe('percentile (linear interpolation between closest ranks)', () => {
  it('interpolates between the two closest ranks', () => {
    // h = 3 · 0.5 = 1.5 → 2 + 0.5 · (3 − 2)
    expect(percentile([4, 1, 3, 2], 0.5)).toBe(2.5);
    // h = 3 · 0.75 = 2.25 → 3 + 0.25 · (4 − 3)
    expect(percentile([4, 1, 3, 2], 0.75)).toBe(3.25);
    // h = 4 · 0.75 = 3 → the fourth value exactly
    expect(percentile([10, 20, 30, 40, 50], 0.75)).toBe(40);
    // h = 5 · 0.75 = 3.75 → 10 + 0.75 · (11 − 10)
    expect(percentile([2, 4, 7, 10, 11, 13], 0.75)).toBe(10.75);
  });

  it('gives the extremes at 0 and 1 and the value itself for one value', () => {
    expect(percentile([5, 9, 1], 0)).toBe(1);
    expect(percentile([5, 9, 1], 1)).toBe(9);
    expect(percentile([7], 0.75)).toBe(7);
  });

  it('is null for no values and refuses nonsense', () => {
    expect(percentile([], 0.5)).toBeNull();
    expect(() => percentile([1], 1.5)).toThrow(RangeError);
    expect(() => percentile([1], Number.NaN)).toThrow(RangeError);
    expect(() => percentile([1, Number.POSITIVE_INFINITY], 0.5)).toThrow(RangeError);
  });

  it('does not reorder its input', () => {
    const values = [3, 1, 2];
    percentile(values, 0.5);
    expect(values).toEqual([3, 1, 2]);
  });

  it('median of an odd count is the middle value, spread bundles count, median and p75', () => {
    expect(median([9, 1, 5])).toBe(5);
    expect(spread([6, 8, 17, 178])).toEqual({ count: 4, median: 12.5, p75: 57.25 });
    expect(spread([])).toEqual({ count: 0, median: null, p75: null });
  });

  it('selects the same values a full sort gives, duplicates and any order included', () => {
    const bySorting = (values: number[], p: number) => {
      const sorted = [...values].sort((a, b) => a - b);
      const h = (sorted.length - 1) * p;
      const lower = Math.floor(h);
      return lower + 1 < sorted.length ? sorted[lower]! + (h - lower) * (sorted[lower + 1]! - sorted[lower]!) : sorted[lower]!;
    };
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 1, maxLength: 300 }), fc.double({ min: 0, max: 1, noNaN: true }), (values, p) => {
        expect(percentile(values, p)).toBeCloseTo(bySorting(values, p), 9);
        expect(spread(values)).toEqual({ count: values.length, median: percentile(values, 0.5), p75: percentile(values, 0.75) });
      }),
    );
  });
});
