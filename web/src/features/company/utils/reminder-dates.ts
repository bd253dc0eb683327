/** A date input's value (YYYY-MM-DD, local) for `days` days from `now`. */
export function dateInputValue(now: Date, days = 0): string {
  const date = new Date(now.getFullYear(), now.getMonth(), now.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * The moment a reminder picked for a day is due, as ISO 8601: the start of
 * that day (local time), so a reminder for today is due at once and shows
 * in today's routine, and one for later days from their morning on.
 */
export function dueAtFor(day: string): string {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(year!, month! - 1, date!).toISOString();
}

/** Whether a due moment lies before today, is today, or later (local days). */
export function dueState(dueAt: string, now: Date): 'overdue' | 'today' | 'later' {
  const due = dateInputValue(new Date(dueAt));
  const today = dateInputValue(now);
  return due < today ? 'overdue' : due === today ? 'today' : 'later';
}
