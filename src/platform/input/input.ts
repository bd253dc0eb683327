import { z } from 'zod';
import { validationError } from '../errors.js';
import { dutchDefaultMessage } from './zod-messages.js';

/**
 * Parses a use case's input with its zod schema; any problem becomes one
 * VALIDATION error listing every offending field, before anything is read
 * or written.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  // The input is reported on the issues only to word zod's own messages in Dutch; it never leaves here.
  const result = schema.safeParse(input, { reportInput: true });
  if (result.success) return result.data;
  throw validationError(result.error.issues.map(fieldIssue));
}

/** A zod issue as a field error, with zod's own message also in Dutch. */
function fieldIssue(issue: z.core.$ZodIssue): { path: string; message: string; nl?: string } {
  const nl = dutchDefaultMessage(issue);
  return { path: issue.path.join('.'), message: issue.message, ...(nl ? { nl } : {}) };
}

/** Building blocks shared by the use cases' input schemas. */
export const id = z.guid({ error: 'must be a UUID' });

/*
 * Text. PostgreSQL cannot store NUL (U+0000) in text nor unpaired
 * surrogates in JSON, and no other control character belongs in a name or
 * a search either: every string a client sends goes through `plainString`
 * (or `text`/`optionalText`, which build on it), so such input is a field
 * error instead of a failed write.
 */
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/u;
/** Multi-line text (notes, descriptions) keeps tab, line feed and carriage return. */
const CONTROL_BUT_LINES = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export interface TextOptions {
  /** Allows tabs and line breaks (notes, descriptions). */
  multiline?: boolean;
}

/** Any string, refused when it holds control characters or is not valid Unicode. */
export const plainString = (options: TextOptions = {}) => {
  const control = options.multiline ? CONTROL_BUT_LINES : CONTROL;
  return z
    .string()
    .refine((value) => !LONE_SURROGATE.test(value), { error: 'must be valid Unicode text', abort: true })
    .refine((value) => !control.test(value), { error: 'must not contain control characters', abort: true });
};

/** Required text, trimmed, not blank, at most `max` characters. */
export const text = (max: number, options: TextOptions = {}) =>
  plainString(options).trim().min(1, { error: 'must not be empty' }).max(max, { error: `must be at most ${max} characters` });

/** Optional text; blank counts as absent. */
export const optionalText = (max: number, options: TextOptions = {}) =>
  plainString(options)
    .trim()
    .max(max, { error: `must be at most ${max} characters` })
    .optional()
    .transform((value) => (value ? value : undefined));

/** Limits on free text, in characters. */
export const LIMITS = { name: 200, description: 5_000, note: 20_000, reason: 500, email: 320, phone: 50, url: 2_000 } as const;

/*
 * Numbers. A query string carries text; only plain decimal digits are a
 * number (`Number()` would also take "0x10", "1e3", " 5 " and "" as 0).
 */
const DECIMAL = /^-?\d{1,15}$/;

/** A whole number from `min` to `max`, as a JSON number or a decimal string (a query parameter). */
export const wholeNumber = (min: number, max: number, message = `must be a whole number from ${min} to ${max}`) =>
  z.preprocess(
    (value) => (typeof value === 'string' && DECIMAL.test(value) ? Number(value) : value),
    z.number({ error: message }).int({ error: message }).min(min, { error: message }).max(max, { error: message }),
  );

/*
 * Moments. ISO 8601 allows years 0000–9999, PostgreSQL refuses year 0, and
 * no meeting, reminder or reporting period of a CRM lies outside these.
 */
export const YEARS = { first: 1900, last: 2200 } as const;

const inYears = (value: string) => {
  const year = new Date(value).getUTCFullYear();
  return year >= YEARS.first && year <= YEARS.last;
};
const YEARS_MESSAGE = `must lie between the years ${YEARS.first} and ${YEARS.last}`;

/** An ISO 8601 date-time with offset, in the years above; stays a string. */
export const dateTime = () =>
  z.iso.datetime({ offset: true, error: 'must be an ISO 8601 date-time with offset' }).refine(inYears, { error: YEARS_MESSAGE });

/** An ISO 8601 date (midnight UTC) or date-time with offset, in the years above, as a Date. */
export const instant = () =>
  z
    .union([z.iso.datetime({ offset: true }), z.iso.date()], { error: 'must be an ISO 8601 date or date-time with offset' })
    .refine(inYears, { error: YEARS_MESSAGE })
    .transform((value) => new Date(value));

/** A calendar date YYYY-MM-DD in the years above; stays a string. */
export const calendarDate = () =>
  z.iso.date({ error: 'must be a date (YYYY-MM-DD)' }).refine(inYears, { error: YEARS_MESSAGE });
