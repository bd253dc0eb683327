import { describe, expect, it } from 'vitest';
import { forecast, formatDay, formatEuros } from './board-format';

// Intl puts a no-break space between € and the amount in Dutch.
const plain = (text: string) => text.replace(/\s/g, ' ');

describe('board numbers and days, per language', () => {
  it('writes value sums in whole euros as each language does', () => {
    expect(plain(formatEuros(3280, 'nl'))).toBe('€ 3.280');
    expect(formatEuros(3280, 'en')).toBe('€3,280');
    expect(plain(formatEuros(1279.99, 'nl'))).toBe('€ 1.280');
    expect(formatEuros(0, 'en')).toBe('€0');
  });

  it('writes a calendar day as that day, whatever the time zone', () => {
    expect(formatDay('2027-04-01', 'nl')).toMatch(/^1 apr\.? 2027$/);
    expect(formatDay('2027-04-01', 'en')).toBe('1 Apr 2027');
  });

  it('weighs a value sum by the win probability of an open stage only', () => {
    expect(forecast(3280, 40)).toBe(1312);
    expect(forecast(3280, null)).toBeNull();
  });
});
