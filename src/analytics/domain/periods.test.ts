import { describe, expect, it } from 'vitest';
import { lastDays, monthNumber, monthNumberOfLabel, monthsIn, previousPeriod, quarterOf, quarterOfMonth, quartersIn, ratio, relativeChange } from './periods.js';

const at = (iso: string) => new Date(iso);

describe('periods', () => {
  const q1 = { from: at('2026-01-01T00:00:00Z'), to: at('2026-04-01T00:00:00Z') };

  it('the last n days end now, and the previous period is as long and ends where it starts', () => {
    const now = at('2026-07-01T00:00:00Z');
    const current = lastDays(now, 30);
    expect(current).toEqual({ from: at('2026-06-01T00:00:00Z'), to: now });
    expect(previousPeriod(current)).toEqual({ from: at('2026-05-02T00:00:00Z'), to: at('2026-06-01T00:00:00Z') });
  });

  it('relative change is (current − previous) / previous, null without a previous figure', () => {
    expect(relativeChange(3, 1)).toBe(2);
    expect(relativeChange(0, 1)).toBe(-1);
    expect(relativeChange(6, 4)).toBe(0.5);
    expect(relativeChange(5, 0)).toBeNull();
    expect(relativeChange(0, 0)).toBeNull();
    expect(ratio(1, 4)).toBe(0.25);
    expect(ratio(0, 0)).toBeNull();
  });

  it('lists the months and quarters a period touches (UTC), the end excluded', () => {
    expect(monthsIn(q1)).toEqual(['2026-01', '2026-02', '2026-03']);
    expect(monthsIn({ from: at('2025-12-15T00:00:00Z'), to: at('2026-01-01T00:00:01Z') })).toEqual(['2025-12', '2026-01']);
    expect(quartersIn({ from: at('2025-11-15T00:00:00Z'), to: at('2026-07-01T00:00:00Z') })).toEqual(['2025-Q4', '2026-Q1', '2026-Q2']);
    expect(quartersIn({ from: q1.to, to: q1.from })).toEqual([]);
    expect(quarterOf(at('2026-03-31T23:59:59Z'))).toBe('2026-Q1');
    expect(quarterOf(at('2026-10-01T00:00:00Z'))).toBe('2026-Q4');
  });
});

describe('month numbers', () => {
  it('number UTC months so they subtract, and agree with the labels', () => {
    const march = monthNumber(at('2026-03-31T23:59:59.999Z').getTime());
    expect(march).toBe(2026 * 12 + 2);
    expect(monthNumber(at('2026-04-01T00:00:00Z').getTime()) - march).toBe(1);
    expect(monthNumber(at('2026-01-01T00:30:00+01:00').getTime())).toBe(2025 * 12 + 11); // still December in UTC
    expect(monthNumberOfLabel('2026-03')).toBe(march);
    expect(quarterOfMonth(march)).toBe('2026-Q1');
    expect(quarterOfMonth(monthNumberOfLabel('2026-10'))).toBe('2026-Q4');
  });
});
