/** Calendar months as `YYYY-MM` (UTC), for per-month counts such as hiring trends. */

/** The `count` months up to and including the month of `now`, oldest first. */
export function lastMonths(now: Date, count: number): string[] {
  const months: string[] = [];
  for (let back = count - 1; back >= 0; back--) {
    const date = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1));
    months.push(monthOf(date));
  }
  return months;
}

export function monthOf(date: Date): string {
  // Not toISOString().slice(0, 7): the dashboard labels hundreds of thousands of dates.
  const month = date.getUTCMonth() + 1;
  return `${date.getUTCFullYear()}-${month < 10 ? '0' : ''}${month}`;
}

/** The first moment of the oldest of the last `count` months. */
export function startOfLastMonths(now: Date, count: number): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - (count - 1), 1));
}
