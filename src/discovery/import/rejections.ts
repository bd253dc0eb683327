import type { z } from 'zod';

/**
 * Why an import row was refused, as codes a client can put in its own
 * language; the English `reason` beside them is for the command line and
 * for clients that do not know a code. The set is closed: the schemas in
 * import-rows.ts, the file readers and the upserts produce only these
 * (rejections.test.ts checks that each one is reachable and nothing else is).
 */
export const REJECTION_CODES = [
  // A field is missing, or blank after trimming.
  'required',
  // A field of the wrong JSON type (a number where text belongs).
  'not_text',
  // params: max (characters).
  'too_long',
  'not_a_number',
  'not_a_whole_number',
  // params: min.
  'too_small',
  // params: max.
  'too_large',
  // params: max (items).
  'too_many',
  'not_a_date',
  // params: min, max (dates, YYYY-MM-DD).
  'date_out_of_range',
  // A NUL or other control character (but tab and line breaks), or half of a surrogate pair (JSON "\\ud800").
  'invalid_characters',
  'not_a_url',
  // A URL, but not a web page's (javascript:, data:, ftp: …): shared URLs are http or https.
  'not_an_http_url',
  'not_a_linkedin_url',
  'not_a_website',
  'not_yes_no',
  'not_a_list',
  // No field; params: either, or (the two columns that tell the company apart).
  'missing_identifier',
  'coordinates_incomplete',
  'conflicting_companies',
  'unknown_company',
  'invalid_json',
  // params: max (characters); JSON Lines.
  'line_too_long',
  'not_an_object',
  // params: expected, actual (the columns of the header and of the line).
  'wrong_column_count',
  'malformed_csv',
  // The database refused the row for a reason no check above foresaw; the rest of its batch is written.
  'not_storable',
  // Only for an issue no rule above describes; the tests keep the validators from producing it.
  'invalid',
] as const;

export type RejectionCode = (typeof REJECTION_CODES)[number];

/** One thing wrong with a row: which column (none for the row as a whole), what, and the limits involved. */
export interface RejectionIssue {
  field?: string;
  code: RejectionCode;
  /** The limits in the message (`max`, `min` …); `item` is the 1-based position in a list column. */
  params?: Record<string, string | number>;
}

/** A refused row: its line in the file, the English reason, and the same as codes. */
export interface Rejection {
  line: number;
  reason: string;
  issues: RejectionIssue[];
}

const isCode = (value: unknown): value is RejectionCode => (REJECTION_CODES as readonly unknown[]).includes(value);

type Issue = z.core.$ZodIssue;

/** The JSON types a zod issue says it wanted, for unions whose every option refused the type. */
const expectedTypes = (branches: Issue[][]) =>
  branches.map((issues) => (issues.length === 1 && issues[0]!.code === 'invalid_type' && issues[0]!.path.length === 0 ? issues[0]!.expected : null));

function codeOf(issue: Issue, present: boolean): Omit<RejectionIssue, 'field'> | Issue[] {
  switch (issue.code) {
    case 'invalid_type':
      if (!present) return { code: 'required' };
      if (issue.expected === 'string') return { code: 'not_text' };
      if (issue.expected === 'number') return { code: 'not_a_number' };
      if (issue.expected === 'int') return { code: 'not_a_whole_number' };
      if (issue.expected === 'date') return { code: 'not_a_date' };
      if (issue.expected === 'array') return { code: 'not_a_list' };
      return { code: 'invalid' };
    case 'too_small':
      // Text is trimmed first, so a blank cell fails the minimum of one character.
      if (issue.origin === 'string' && Number(issue.minimum) === 1) return { code: 'required' };
      if (issue.origin === 'number' || issue.origin === 'int') return { code: 'too_small', params: { min: Number(issue.minimum) } };
      return { code: 'invalid' };
    case 'too_big':
      if (issue.origin === 'string') return { code: 'too_long', params: { max: Number(issue.maximum) } };
      if (issue.origin === 'number' || issue.origin === 'int') return { code: 'too_large', params: { max: Number(issue.maximum) } };
      if (issue.origin === 'array') return { code: 'too_many', params: { max: Number(issue.maximum) } };
      return { code: 'invalid' };
    case 'invalid_format':
      return { code: issue.format === 'url' ? 'not_a_url' : 'invalid' };
    case 'invalid_union': {
      // The option the value was meant for is the one that did not refuse its type.
      const types = expectedTypes(issue.errors);
      const meant = issue.errors.filter((_, i) => types[i] === null);
      if (meant.length === 1) return meant[0]!.map((inner) => ({ ...inner, path: [...issue.path, ...inner.path] }) as Issue);
      if (meant.length === 0 && types.includes('array')) return { code: 'not_a_list' };
      return { code: 'invalid' };
    }
    case 'custom': {
      const { code, ...params } = (issue.params ?? {}) as Record<string, string | number>;
      if (!isCode(code)) return { code: 'invalid' };
      return Object.keys(params).length > 0 ? { code, params } : { code };
    }
    default:
      return { code: 'invalid' };
  }
}

// After one of these, zod's further issues on the column only repeat it ("too small: expected array" for an array in a text column).
const WRONG_TYPE = new Set<RejectionCode>(['required', 'not_text', 'not_a_number', 'not_a_date', 'not_a_list']);

/** A limit is tighter when it lets less through; zod may report a column's own limit and its type's. */
const tighter = (a: RejectionIssue, b: RejectionIssue) =>
  a.code === 'too_small' ? Number(b.params?.min) > Number(a.params?.min) : Number(b.params?.max) < Number(a.params?.max);

/**
 * The issues of a refused row as codes: one per column and code (the
 * tightest limit when zod reports two), nothing after a value of the wrong
 * type. `record` is the row as read, to tell a missing column from one of
 * the wrong type.
 */
export function toIssues(error: z.ZodError, record: Record<string, unknown>): RejectionIssue[] {
  const issues: RejectionIssue[] = [];
  const add = (issue: Issue) => {
    const [column, ...rest] = issue.path;
    const field = typeof column === 'string' ? column : undefined;
    const mapped = codeOf(issue, field === undefined || rest.length > 0 || record[field] !== undefined);
    if (Array.isArray(mapped)) return mapped.forEach(add);
    const item = rest.find((key) => typeof key === 'number');
    const params = item === undefined ? mapped.params : { ...mapped.params, item: item + 1 };
    const next: RejectionIssue = { ...(field === undefined ? {} : { field }), code: mapped.code, ...(params ? { params } : {}) };
    const sameColumn = issues.filter((other) => other.field === next.field && other.params?.item === next.params?.item);
    if (next.field !== undefined && sameColumn.some((other) => WRONG_TYPE.has(other.code))) return;
    const same = issues.findIndex((other) => sameColumn.includes(other) && other.code === next.code);
    if (same === -1) issues.push(next);
    else if (tighter(issues[same]!, next)) issues[same] = next;
  };
  error.issues.forEach(add);
  return issues;
}
