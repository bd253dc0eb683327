import { describe, expect, it } from 'vitest';
import { formatChange, formatDays, formatMoney, formatPercent, quarterMonths, quarterParts, trendOf } from './format';

describe('dashboard labels', () => {
  it('names the months of a quarter in Dutch and English', () => {
    expect(quarterParts('2026-Q3')).toEqual({ year: 2026, q: 3 });
    expect(quarterMonths('2026-Q1', 'nl-NL')).toMatch(/^jan\s?[–-]\s?mrt 2026$/);
    expect(quarterMonths('2026-Q4', 'en-GB')).toMatch(/^Oct\s?[–-]\s?Dec 2026$/);
  });

  it('writes amounts in euros the way each language does, whole or compact', () => {
    expect(formatMoney(12_500.5, 'en-GB')).toBe('€12,501');
    expect(formatMoney(12_500, 'nl-NL').replace(/\s/g, ' ')).toBe('€ 12.500');
    expect(formatMoney(12_500, 'en-GB', true)).toMatch(/^€13K$/i);
  });

  it('writes percentages and days the way each language does', () => {
    expect(formatPercent(1 / 3, 'en-GB')).toBe('33%');
    expect(formatPercent(1 / 3, 'nl-NL')).toMatch(/^33\s?%$/);
    expect(formatPercent(null, 'nl-NL')).toBe('–');
    expect(formatDays(12.5, 'nl-NL')).toBe('13');
    expect(formatDays(8.5, 'nl-NL')).toBe('8,5');
    expect(formatDays(8.5, 'en-GB')).toBe('8.5');
  });

  it('shows a change as an arrow with a percentage, and says when there is no base', () => {
    expect(formatChange({ current: 5, previous: 4, change: 0.25 }, 'en-GB')).toBe('▲ 25%');
    expect(formatChange({ current: 3, previous: 4, change: -0.25 }, 'en-GB')).toBe('▼ 25%');
    expect(trendOf({ current: 4, previous: 4, change: 0 })).toBe('flat');
    expect(trendOf({ current: 2, previous: 0, change: null })).toBe('new');
    expect(trendOf({ current: 0, previous: 0, change: null })).toBe('none');
  });
});
