import { describe, expect, it } from 'vitest';
import { dateInputValue, dueAtFor, dueState } from './reminder-dates';

describe('reminder dates', () => {
  const now = new Date(2026, 10, 24, 15, 30);

  it('fills a date input with today or a later day, in local time', () => {
    expect(dateInputValue(now)).toBe('2026-11-24');
    expect(dateInputValue(now, 7)).toBe('2026-12-01');
  });

  it('makes a picked day due from its start, local time', () => {
    const due = new Date(dueAtFor('2026-12-01'));
    expect([due.getFullYear(), due.getMonth(), due.getDate(), due.getHours(), due.getMinutes()]).toEqual([2026, 11, 1, 0, 0]);
  });

  it('tells overdue, today and later apart by day', () => {
    expect(dueState(new Date(2026, 10, 23, 23, 0).toISOString(), now)).toBe('overdue');
    expect(dueState(new Date(2026, 10, 24, 9, 0).toISOString(), now)).toBe('today');
    expect(dueState(new Date(2026, 10, 25, 0, 0).toISOString(), now)).toBe('later');
  });
});
