import { describe, expect, it } from 'vitest';
import { deal } from '../../pipeline/domain/index.js';
import { forecast, type ForecastGroup } from './forecast.js';

const now = new Date('2026-03-15T12:00:00Z');
const group = (stage: string, closeMonth: string | null, count: number, value: number): ForecastGroup => ({ stage, closeMonth, count, value });

describe('the value forecast', () => {
  it('sums open records by close month, as is and weighted by the stage probability (worked out by hand)', () => {
    const groups = [
      group('lead', '2026-03', 2, 1000), // 10 %: 100
      group('qualification', '2026-04', 1, 500.5), // 20 %: 100.10
      group('negotiation', '2026-02', 1, 2000), // overdue, 60 %: 1200
      group('closing', null, 1, 300), // undated, 80 %: 240
      group('closing', '2026-12', 1, 100), // after the three months, 80 %: 80
      group('won', '2026-03', 1, 9999), // not open
      group('on_hold', '2026-03', 1, 50), // parked: not open
    ];
    expect(forecast(deal, groups, now, 3)).toEqual({
      months: [
        { month: '2026-03', count: 2, value: 1000, weighted: 100 },
        { month: '2026-04', count: 1, value: 500.5, weighted: 100.1 },
        { month: '2026-05', count: 0, value: 0, weighted: 0 },
      ],
      overdue: { count: 1, value: 2000, weighted: 1200 },
      later: { count: 1, value: 100, weighted: 80 },
      undated: { count: 1, value: 300, weighted: 240 },
      total: { count: 6, value: 3900.5, weighted: 1720.1 },
    });
  });

  it('rounds the weighted sum to the cent and crosses the year', () => {
    // 33.33 × 10 % = 3.333 → 3.33; 0.05 × 20 % = 0.01.
    const result = forecast(deal, [group('lead', '2027-01', 1, 33.33), group('qualification', '2027-02', 1, 0.05)], new Date('2026-12-31T23:00:00Z'), 3);
    expect(result.months).toEqual([
      { month: '2026-12', count: 0, value: 0, weighted: 0 },
      { month: '2027-01', count: 1, value: 33.33, weighted: 3.33 },
      { month: '2027-02', count: 1, value: 0.05, weighted: 0.01 },
    ]);
  });

  it('counts records without a value, adding nothing to the sums', () => {
    expect(forecast(deal, [group('lead', null, 3, 0)], now, 1).undated).toEqual({ count: 3, value: 0, weighted: 0 });
  });
});
