import { validationError } from '../platform/errors.js';
import { instant as moment } from '../platform/input/input.js';
import type { Period } from './domain/index.js';

/** The longest period the dashboard computes, in years. */
export const MAX_PERIOD_YEARS = 3;

/** A moment as ISO 8601: a date (taken as UTC midnight) or a date-time with offset, within the platform's years. */
export const instant = moment();

/**
 * The period asked for, [from, to): `to` defaults to now, `from` to one
 * year before `to`. VALIDATION unless from < to and the period spans at
 * most MAX_PERIOD_YEARS years.
 */
export function resolvePeriod(request: { from?: Date | undefined; to?: Date | undefined }, now: Date): Period {
  const to = request.to ?? now;
  const from = request.from ?? addYears(to, -1);
  if (from.getTime() >= to.getTime()) throw validationError([{ path: 'to', message: 'must be after from' }]);
  if (to.getTime() > addYears(from, MAX_PERIOD_YEARS).getTime()) {
    throw validationError([{ path: 'to', message: `the period must span at most ${MAX_PERIOD_YEARS} years` }]);
  }
  return { from, to };
}

function addYears(date: Date, years: number): Date {
  const result = new Date(date);
  result.setUTCFullYear(result.getUTCFullYear() + years);
  return result;
}
