/** One day in milliseconds. Dates here are instants; a "day" is 24 hours, not a calendar day. */
export const DAY_MS = 86_400_000;

/** Whole days from `from` to `to`, rounded down (negative when `to` is earlier). */
export function wholeDaysBetween(from: Date | number, to: Date | number): number {
  return Math.floor((+to - +from) / DAY_MS);
}

/** The instant `days` days (24 hours each) after `date`; negative days go back. */
export function addDays(date: Date | number, days: number): Date {
  return new Date(+date + days * DAY_MS);
}
