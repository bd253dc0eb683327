import { lastMonths } from '../../../../../src/platform/time/months.js';

/** The first day of a `YYYY-MM` month, as the UTC date the server counts in. */
function startOf(month: string): Date {
  const [year, index] = month.split('-').map(Number);
  return new Date(Date.UTC(year!, index! - 1, 1));
}

/**
 * A month label in the user's language: `short` for an axis ("nov" / "Nov",
 * with the year when it is January or the first label), `long` for a
 * tooltip ("november 2026" / "November 2026").
 */
export function monthLabel(month: string, tag: string, style: 'short' | 'long', withYear = false): string {
  return formatter(tag, style, withYear).format(startOf(month)).replace(/\.$/, '');
}

// Formatters are costly to make and a results table asks for hundreds of labels.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(tag: string, style: 'short' | 'long', withYear: boolean): Intl.DateTimeFormat {
  const key = `${tag}|${style}|${withYear}`;
  let made = formatters.get(key);
  if (!made) {
    const options: Intl.DateTimeFormatOptions =
      style === 'long' ? { month: 'long', year: 'numeric', timeZone: 'UTC' } : { month: 'short', ...(withYear ? { year: '2-digit' } : {}), timeZone: 'UTC' };
    made = new Intl.DateTimeFormat(tag, options);
    formatters.set(key, made);
  }
  return made;
}

/** Whether an axis label should carry the year: the first month shown, and every January. */
export const showsYear = (month: string, index: number) => index === 0 || month.endsWith('-01');

/** The months a search hit's 12-number trend covers, oldest first (the server counts up to this month). */
export const trendMonths = (count: number, now: Date = new Date()) => lastMonths(now, count);
