import { describe, expect, it } from 'vitest';
import { monthLabel, showsYear, trendMonths } from './months';

describe('month labels', () => {
  it('names a month in Dutch and English, short for an axis and long for a tooltip', () => {
    expect(monthLabel('2026-03', 'nl-NL', 'short')).toBe('mrt');
    expect(monthLabel('2026-03', 'en-GB', 'short')).toBe('Mar');
    expect(monthLabel('2026-11', 'nl-NL', 'long')).toBe('november 2026');
    expect(monthLabel('2026-11', 'en-GB', 'long')).toBe('November 2026');
  });

  it('adds the year to a short label when asked, whatever the time zone', () => {
    expect(monthLabel('2027-01', 'en-GB', 'short', true)).toBe('Jan 27');
    expect(monthLabel('2027-01', 'nl-NL', 'short', true)).toMatch(/^jan\.? 27$/);
  });

  it('puts the year on the first label and on every January', () => {
    expect(['2025-12', '2026-01', '2026-02'].map(showsYear)).toEqual([true, true, false]);
  });

  it('lists the twelve months up to the current one, oldest first', () => {
    const months = trendMonths(12, new Date('2026-11-23T10:00:00Z'));
    expect(months).toHaveLength(12);
    expect(months[0]).toBe('2025-12');
    expect(months[11]).toBe('2026-11');
  });
});
