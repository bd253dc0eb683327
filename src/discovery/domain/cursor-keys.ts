import { isStorableText } from './text.js';

/*
 * The exact shapes of the keys discovery's cursors carry, as the server
 * issues them: anything else (a forged hotness of 40000, a date of
 * "2024-02-30" or year 0000, a NUL in a name) is refused before PostgreSQL
 * sees it, never a 5xx.
 */

/** Hotness as stored: a whole number 0–100. */
export const isCursorHotness = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 100;

/**
 * A moment as Date#toISOString writes it for a date PostgreSQL holds (year
 * 0001–9999, a real day of the month), or "-infinity" for none.
 */
export function isCursorInstant(value: unknown): value is string {
  if (value === '-infinity') return true;
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(value)) return false;
  const date = new Date(value);
  return !Number.isNaN(date.getTime()) && date.toISOString() === value && date.getUTCFullYear() >= 1;
}

/** A lower-cased company name: at most 300 characters (the import's limit), storable text. */
export const isCursorName = (value: unknown): value is string => typeof value === 'string' && value.length <= 300 && isStorableText(value);

/** A relevance key as search-global-companies.ts computes it: rank 0–4 × 1000 + 100 − hotness. */
export const isCursorRelevance = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 4100;
