import { z } from 'zod';
import { validationError } from '../errors.js';

/**
 * Parses a use case's input with its zod schema; any problem becomes one
 * VALIDATION error listing every offending field, before anything is read
 * or written.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw validationError(
    result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
  );
}

/** Building blocks shared by the use cases' input schemas. */
export const id = z.guid({ error: 'must be a UUID' });

/** Required text, trimmed, not blank, at most `max` characters. */
export const text = (max: number) =>
  z.string().trim().min(1, { error: 'must not be empty' }).max(max, { error: `must be at most ${max} characters` });

/** Optional text; blank counts as absent. */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: `must be at most ${max} characters` })
    .optional()
    .transform((value) => (value ? value : undefined));

/** Limits on free text, in characters. */
export const LIMITS = { name: 200, description: 5_000, note: 20_000, reason: 500, email: 320, phone: 50, url: 2_000 } as const;
