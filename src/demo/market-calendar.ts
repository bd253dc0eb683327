import type { Random } from './random.js';

/* When the market's vacancies are posted: month by month, with Dutch seasons, on working days. */

/**
 * Relative number of vacancies posted per calendar month (January first),
 * averaging 1. Dutch hiring peaks after the new year (budgets are fresh)
 * and again after the summer; it dips in July–August (bouwvak and school
 * holidays) and in late December, which the day picker thins out further.
 */
export const MONTH_WEIGHTS = [1.3, 1.25, 1.2, 1.05, 1.0, 0.95, 0.6, 0.7, 1.2, 1.15, 1.0, 0.6] as const;

/** The market's window: vacancies lie in this many months before "today". */
const MONTHS = 24;

export interface MonthSlot {
  start: number;
  end: number;
  weight: number;
  /** Position in the window, 0 (two years ago) to 1 (now). */
  t: number;
}

/** Month slots covering the 24 months before `now`; the first and last are partial. */
export function monthSlots(now: Date): MonthSlot[] {
  const end = now.getTime();
  const start = new Date(now);
  start.setUTCMonth(start.getUTCMonth() - MONTHS);
  const from = start.getTime();
  const slots: MonthSlot[] = [];
  for (let year = start.getUTCFullYear(), month = start.getUTCMonth(); Date.UTC(year, month) < end; month++) {
    const monthStart = Date.UTC(year, month);
    const monthEnd = Date.UTC(year, month + 1);
    const slotStart = Math.max(monthStart, from);
    const slotEnd = Math.min(monthEnd, end);
    const covered = (slotEnd - slotStart) / (monthEnd - monthStart);
    const t = ((slotStart + slotEnd) / 2 - from) / (end - from);
    if (slotEnd > slotStart) slots.push({ start: slotStart, end: slotEnd, weight: MONTH_WEIGHTS[new Date(monthStart).getUTCMonth()]! * covered, t });
  }
  return slots;
}

/** A posting moment in the slot: on a working day, in office hours, rarely between Christmas and New Year. */
export function postingTime(random: Random, slot: MonthSlot, now: number): number {
  let time = slot.start;
  for (let attempt = 0; attempt < 12; attempt++) {
    time = slot.start + random.next() * (slot.end - slot.start);
    const date = new Date(time);
    const weekend = date.getUTCDay() === 0 || date.getUTCDay() === 6;
    const holidays = date.getUTCMonth() === 11 && date.getUTCDate() >= 20;
    if ((!weekend || random.chance(0.1)) && (!holidays || random.chance(0.3))) break;
  }
  const day = new Date(time);
  const office = Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), random.int(6, 15), random.int(0, 59), random.int(0, 59));
  return office >= slot.start && office < Math.min(slot.end, now) ? office : time;
}

