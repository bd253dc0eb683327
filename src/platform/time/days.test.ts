import { describe, expect, it } from 'vitest';
import { addDays, DAY_MS, wholeDaysBetween } from './days.js';

describe('days', () => {
  const monday = new Date('2026-12-07T09:00:00Z');

  it('counts whole days, rounding down', () => {
    expect(wholeDaysBetween(monday, new Date('2026-12-08T08:59:59Z'))).toBe(0);
    expect(wholeDaysBetween(monday, new Date('2026-12-08T09:00:00Z'))).toBe(1);
    expect(wholeDaysBetween(monday, new Date('2026-12-21T10:00:00Z'))).toBe(14);
  });

  it('is negative when the second instant is earlier', () => {
    expect(wholeDaysBetween(monday, new Date('2026-12-06T10:00:00Z'))).toBe(-1);
  });

  it('adds and subtracts days of 24 hours', () => {
    expect(addDays(monday, 3).toISOString()).toBe('2026-12-10T09:00:00.000Z');
    expect(addDays(monday, -7).getTime()).toBe(monday.getTime() - 7 * DAY_MS);
  });
});
