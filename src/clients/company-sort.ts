import { sql, type RawBuilder, type SqlBool } from 'kysely';
import { z } from 'zod';
import { validationError } from '../platform/errors.js';
import { cursor, cursorText } from '../platform/input/cursor.js';
import { LAST_ACTIVITY } from './company-filter.js';

/*
 * Sorting the companies page on any column, with keyset paging that walks
 * every record exactly once. Each sort is one SQL expression; the order is
 * (expression, id), nulls last in both directions, and a page's cursor
 * carries the sort, the direction, the last row's expression value as
 * PostgreSQL prints it (exact: a timestamp keeps its microseconds) and its
 * id. The next page starts strictly after that pair, so records added or
 * changed between pages neither repeat nor push others out of the walk.
 */

type SortType = 'text' | 'numeric' | 'date' | 'timestamptz';

interface SortDefinition {
  type: SortType;
  /** Whether the expression can be null (a cursor value of null is refused where it cannot). */
  nullable?: boolean;
  expression: (language: 'nl' | 'en') => RawBuilder<unknown>;
}

const SORTS = {
  name: { type: 'text', expression: () => sql`lower(g.name)` },
  /** The stage's position in its pipeline. */
  stage: { type: 'numeric', expression: () => sql`st.position` },
  owner: { type: 'text', nullable: true, expression: () => sql`lower(u.name)` },
  pipeline: { type: 'text', expression: (language) => (language === 'nl' ? sql`lower(p.name_nl)` : sql`lower(p.name_en)`) },
  value: { type: 'numeric', nullable: true, expression: () => sql`c.expected_value` },
  closeDate: { type: 'date', nullable: true, expression: () => sql`c.expected_close_date` },
  lastActivity: { type: 'timestamptz', nullable: true, expression: () => LAST_ACTIVITY },
  /** When the agency followed it. */
  created: { type: 'timestamptz', expression: () => sql`c.created_at` },
  /** When it entered its stage. */
  moved: { type: 'timestamptz', expression: () => sql`c.client_status_changed_at` },
  openJobs: { type: 'numeric', expression: () => sql`g.open_jobs` },
  city: { type: 'text', nullable: true, expression: () => sql`lower(g.location)` },
  industry: { type: 'text', nullable: true, expression: () => sql`lower(g.industry)` },
  employees: { type: 'numeric', nullable: true, expression: () => sql`g.employee_count` },
  hotness: { type: 'numeric', expression: () => sql`g.hotness` },
  favorite: { type: 'numeric', expression: () => sql`c.favorited::int` },
  alerts: { type: 'numeric', expression: () => sql`c.new_jobs_notifications::int` },
  noAgencies: { type: 'numeric', expression: () => sql`g.no_agencies::int` },
  onHold: { type: 'numeric', expression: () => sql`coalesce(st.outcome = 'on_hold', false)::int` },
} as const satisfies Record<string, SortDefinition>;

export type CompanySort = keyof typeof SORTS;
export const COMPANY_SORTS = Object.keys(SORTS) as [CompanySort, ...CompanySort[]];

export const companySortFields = {
  /** The column to sort on; `moved` (when it entered its stage) by default. */
  sort: z.enum(COMPANY_SORTS, { error: `must be one of ${COMPANY_SORTS.join(', ')}` }).default('moved'),
  /** Ascending or descending; empty values come last either way. Descending by default. */
  direction: z.enum(['asc', 'desc'], { error: 'must be asc or desc' }).default('desc'),
};

/** [sort, direction, value as PostgreSQL prints it (null for an empty one), id]. */
export const companyCursor = cursor(z.tuple([z.string().max(40), z.enum(['asc', 'desc']), cursorText(400).nullable(), z.guid()]));
export type CompanyCursor = z.output<typeof companyCursor>;

export interface SortOrder {
  sort: CompanySort;
  direction: 'asc' | 'desc';
  language: 'nl' | 'en';
}

/** The sort's expression as text, to select as the row's cursor value (a timestamp in UTC, to the microsecond). */
export function sortKeySql(order: SortOrder): RawBuilder<string | null> {
  const { type, expression } = SORTS[order.sort];
  const value = expression(order.language);
  return type === 'timestamptz'
    ? sql<string | null>`to_char(${value} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`
    : sql<string | null>`(${value})::text`;
}

/** ORDER BY for the sort: the expression, nulls last, then the id the same way. */
export function orderBySql(order: SortOrder): RawBuilder<unknown> {
  const direction = sql.raw(order.direction);
  return sql`${SORTS[order.sort].expression(order.language)} ${direction} nulls last, c.id ${direction}`;
}

const VALUE_SHAPES: Record<SortType, RegExp> = {
  text: /^[\s\S]*$/,
  numeric: /^-?\d{1,15}(\.\d{1,6})?$/,
  date: /^\d{4}-\d{2}-\d{2}$/,
  timestamptz: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/,
};

/** Whether the value parses as its type: a forged cursor must be a 400, never a failed cast. */
function valueFits(type: SortType, value: string): boolean {
  if (!VALUE_SHAPES[type].test(value)) return false;
  if (type === 'date') return Number.isFinite(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value) && Number(value.slice(0, 4)) >= 1;
  if (type === 'timestamptz') {
    const time = Date.parse(value);
    return Number.isFinite(time) && new Date(time).toISOString().slice(0, 19) === value.slice(0, 19) && Number(value.slice(0, 4)) >= 1;
  }
  return true;
}

/**
 * The rows after the cursor in the sort's order. A cursor of another sort
 * or direction (or one whose value does not parse) is a VALIDATION error.
 */
export function afterCursorSql(order: SortOrder, after: CompanyCursor): RawBuilder<SqlBool> {
  const [sort, direction, value, id] = after;
  const definition: SortDefinition = SORTS[order.sort];
  const { type } = definition;
  const fits = value === null ? definition.nullable === true : valueFits(type, value);
  if (sort !== order.sort || direction !== order.direction || !fits) {
    throw validationError([{ path: 'cursor', message: 'is not a cursor for this sort' }]);
  }
  const expression = SORTS[order.sort].expression(order.language);
  const beyond = order.direction === 'asc' ? sql.raw('>') : sql.raw('<');
  if (value === null) return sql<SqlBool>`(${expression} is null and c.id ${beyond} ${id})`;
  const typed = sql`cast(${value} as ${sql.raw(type)})`;
  return sql<SqlBool>`(${expression} ${beyond} ${typed} or (${expression} = ${typed} and c.id ${beyond} ${id}) or ${expression} is null)`;
}
