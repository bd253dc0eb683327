/**
 * Hotness: how actively a company is hiring now (SPEC R5.1), from 0 to 100.
 *
 *   activity  = 1 − e^(−(recent + ½·open) / 5)        how much is going on (saturates)
 *   momentum  = clamp(log2((recent + 1) / (previous + 1)), −1, 1)
 *   hotness   = round(100 · activity · (0.75 + 0.25 · momentum))
 *
 * `recent` counts jobs posted in the last window (30 days), `previous` in the
 * window before it, `open` the jobs still open. Doubling the postings against
 * the previous window earns the full bonus, halving them the full penalty;
 * the +1 keeps a first posting from counting as infinite growth.
 */

import { DAY_MS } from '../../platform/time/days.js';

export const HOTNESS_WINDOW_DAYS = 30;

export interface HiringActivity {
  /** Jobs posted in the last window. */
  recent: number;
  /** Jobs posted in the window before that. */
  previous: number;
  /** Jobs not closed. */
  open: number;
}

export function hotnessScore({ recent, previous, open }: HiringActivity): number {
  const activity = 1 - Math.exp(-(recent + 0.5 * open) / 5);
  const momentum = Math.max(-1, Math.min(1, Math.log2((recent + 1) / (previous + 1))));
  return Math.round(100 * activity * (0.75 + 0.25 * momentum));
}

/** A job is open until its closing moment has passed. */
export function isOpen(job: { closedAt: Date | null }, now: Date): boolean {
  return !job.closedAt || job.closedAt > now;
}

/** Counts postings into the last window and the one before it, and the open jobs. */
export function hiringActivity(
  jobs: readonly { postedAt: Date | null; closedAt: Date | null }[],
  now: Date,
  windowDays = HOTNESS_WINDOW_DAYS,
): HiringActivity {
  const window = windowDays * DAY_MS;
  const age = (date: Date) => now.getTime() - date.getTime();
  let recent = 0;
  let previous = 0;
  let open = 0;
  for (const job of jobs) {
    if (isOpen(job, now)) open++;
    if (!job.postedAt || age(job.postedAt) < 0) continue;
    if (age(job.postedAt) < window) recent++;
    else if (age(job.postedAt) < 2 * window) previous++;
  }
  return { recent, previous, open };
}
