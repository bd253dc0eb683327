import { describe, expect, it } from 'vitest';
import { lastMonths, startOfLastMonths } from './months.js';

describe('lastMonths', () => {
  it('lists the months up to now, oldest first, across a year boundary', () => {
    expect(lastMonths(new Date('2026-02-10T12:00:00Z'), 4)).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
  });

  it('counts the 31st correctly (no month skipped by day overflow)', () => {
    expect(lastMonths(new Date('2026-03-31T23:00:00Z'), 3)).toEqual(['2026-01', '2026-02', '2026-03']);
  });

  it('starts at the first moment of the oldest month', () => {
    expect(startOfLastMonths(new Date('2026-11-23T08:00:00Z'), 24)).toEqual(new Date('2024-12-01T00:00:00Z'));
  });
});
