import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hiringActivity, hotnessScore } from './hotness.js';
import { DAY_MS } from '../../platform/time/days.js';

const now = new Date('2026-06-30T12:00:00.000Z');
const daysAgo = (days: number) => new Date(now.getTime() - days * DAY_MS);

describe('hotnessScore', () => {
  it('is 0 for a company that is not hiring', () => {
    expect(hotnessScore({ recent: 0, previous: 0, open: 0 })).toBe(0);
  });

  it('follows the documented formula on hand-computed cases', () => {
    // activity = 1 − e^(−(4 + 1)/5) = 0.6321; momentum = log2(5/3) = 0.737; 100·0.6321·(0.75+0.184) = 59.0
    expect(hotnessScore({ recent: 4, previous: 2, open: 2 })).toBe(59);
    // steady hiring: momentum 0 → 75% of activity: 1 − e^(−3/5) = 0.4512 → 33.8
    expect(hotnessScore({ recent: 2, previous: 2, open: 2 })).toBe(34);
    // shrinking to nothing new: momentum clamps at −1 → half of activity: 1 − e^(−1) = 0.632 → 31.6
    expect(hotnessScore({ recent: 0, previous: 8, open: 10 })).toBe(32);
  });

  it('stays within 0..100 and rises with recent postings and with growth', () => {
    const activity = fc.record({ recent: fc.nat(500), previous: fc.nat(500), open: fc.nat(500) });
    fc.assert(
      fc.property(activity, (a) => {
        const score = hotnessScore(a);
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(100);
        expect(hotnessScore({ ...a, recent: a.recent + 1 })).toBeGreaterThanOrEqual(score);
        expect(hotnessScore({ ...a, previous: a.previous + 1 })).toBeLessThanOrEqual(score);
      }),
    );
  });
});

describe('hiringActivity', () => {
  it('counts postings per 30-day window and the jobs still open', () => {
    const jobs = [
      { postedAt: daysAgo(1), closedAt: null },
      { postedAt: daysAgo(29), closedAt: daysAgo(2) },
      { postedAt: daysAgo(31), closedAt: null },
      { postedAt: daysAgo(59), closedAt: null },
      { postedAt: daysAgo(61), closedAt: daysAgo(40) },
      { postedAt: null, closedAt: null },
      { postedAt: new Date(now.getTime() + DAY_MS), closedAt: null }, // announced for tomorrow
    ];
    expect(hiringActivity(jobs, now)).toEqual({ recent: 2, previous: 2, open: 5 });
  });
});
