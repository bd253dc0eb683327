import { z } from 'zod';

/**
 * A page size from the query string: a plain decimal from 1 to `max` (not
 * `0x10`, `1.5`, `1e2` or blank), `fallback` when absent.
 */
export function listLimit(fallback: number, max: number) {
  return z
    .union([z.number(), z.string().regex(/^\d{1,4}$/, { error: `must be a whole number from 1 to ${max}` }).transform(Number)])
    .pipe(z.number().int().min(1, { error: `must be a whole number from 1 to ${max}` }).max(max, { error: `must be a whole number from 1 to ${max}` }))
    .default(fallback);
}
