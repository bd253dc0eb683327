import { sql, type RawBuilder, type SqlBool } from 'kysely';
import { z } from 'zod';
import { calendarDate, id, LIMITS, optionalText, plainString } from '../platform/input/input.js';
import { filterStageKey, queryList } from '../platform/input/query-list.js';
import { companyTextMatches } from './company-text-filter.js';
import { branchFilter, branchMatches } from '../identity/index.js';
import type { Actor } from '../identity/domain/index.js';

/*
 * The companies page's filter: one schema and one SQL predicate, shared by
 * the list, the count, the bulk actions' "all that match", the export and
 * saved views, so each of them means the same records. The fields arrive
 * from a query string (text) or a JSON body (booleans, arrays); both are
 * accepted.
 */

const flag = z.union([z.boolean(), z.enum(['true', 'false']).transform((value) => value === 'true')], { error: 'must be true or false' });

/** One value or several (the platform's query list): the companies page's name for it. */
export const list = queryList;
const stageKey = filterStageKey;

/** `key:value` — a pipeline field (its key) and the value it must have. */
const fieldCondition = plainString()
  .max(LIMITS.reason + 41)
  .transform((value, ctx) => {
    const match = /^([a-z][a-z0-9_]{0,39}):(.+)$/s.exec(value.trim());
    if (match) return { key: match[1]!, value: match[2]!.trim() };
    ctx.addIssue({ code: 'custom', message: 'must be a field key and a value: key:value' });
    return z.NEVER;
  });

export const companyFilterFields = {
  /** Words in the company name, its place, its industry or one of its contacts' names; case- and accent-insensitive. */
  q: optionalText(LIMITS.name),
  /** Only records in this pipeline. */
  pipelineId: id.optional(),
  /** Only records in these stages (keys, comma-separated or repeated); with pipelineId, that pipeline's stages. */
  stage: list(stageKey, 50).optional(),
  /** Only records of this branch, of the caller's own (`mine`: "My branches") or of none (`none`). */
  branch: branchFilter.optional(),
  /** Only records this user owns, or `unassigned` for records without an owner. */
  ownerId: z.union([id, z.literal('unassigned')], { error: 'must be a UUID or unassigned' }).optional(),
  /** Only favourites (true) or only the others (false). */
  favorite: flag.optional(),
  /** Only stale records (the board's and the routine's rule), or only those that are not. */
  stale: flag.optional(),
  /** Only records in an On hold stage, or only the others. */
  onHold: flag.optional(),
  /** Only companies with open jobs, or only those without. */
  hasOpenJobs: flag.optional(),
  /** Only companies one of whose jobs says agencies are not welcome, or only the others. */
  noAgencies: flag.optional(),
  /** Last activity on or after this day (UTC), YYYY-MM-DD. */
  lastActivityFrom: calendarDate().optional(),
  /** Last activity on or before this day (UTC), YYYY-MM-DD. */
  lastActivityTo: calendarDate().optional(),
  /** Followed on or after this day (UTC), YYYY-MM-DD. */
  createdFrom: calendarDate().optional(),
  /** Followed on or before this day (UTC), YYYY-MM-DD. */
  createdTo: calendarDate().optional(),
  /** The pipeline's own fields: `key:value` (repeated for several), the value compared case-insensitively. */
  field: list(fieldCondition, 20).optional(),
};

export const companyFilter = z.object(companyFilterFields).strict();

/** Who reads the list: their agency's records, and their own branch for `branch=mine`. */
export type Viewer = Pick<Actor, 'agencyId' | 'userId'>;
export type CompanyFilter = z.output<typeof companyFilter>;

/** The latest activity on the record (`companies c`); the timeline index answers it per record. */
export const LAST_ACTIVITY = sql<Date | null>`(select max(a.created_at) from client_company_activities a
  where a.agency_id = c.agency_id and a.company_id = c.id)`;

const DAY = `interval '24 hours'`;

/**
 * The stale rule of pipeline/domain/stale.ts in SQL, for filtering before
 * paging: the stage has a threshold, nothing is planned ahead (a meeting
 * or an open reminder after `now`), and whole days since the later of
 * entering the stage and the latest activity exceed the threshold —
 * floor(idle / 1 day) > t, i.e. idle >= (t + 1) days.
 */
function staleSql(now: Date): RawBuilder<SqlBool> {
  return sql<SqlBool>`(st.stale_after_days is not null
    and greatest(c.client_status_changed_at, coalesce(${LAST_ACTIVITY}, c.client_status_changed_at))
      <= ${now}::timestamptz - (st.stale_after_days + 1) * ${sql.raw(DAY)}
    and not exists (select 1 from client_company_activities a
      where a.agency_id = c.agency_id and a.company_id = c.id
        and a.activity_type = 'meeting_scheduled' and a.extra_data->>'at' > ${now.toISOString()})
    and not exists (select 1 from reminders r
      where r.agency_id = c.agency_id and r.company_id = c.id and r.done_at is null and r.due_at > ${now}::timestamptz))`;
}

const is = (condition: RawBuilder<SqlBool>, wanted: boolean) => (wanted ? condition : sql<SqlBool>`not ${condition}`);

/** The day after a calendar date, as the exclusive end of a range of whole days. */
const dayAfter = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000);
const dayStart = (date: string) => new Date(`${date}T00:00:00Z`);

/**
 * The filter as one SQL condition over `companies c`, `global_companies g`
 * and the record's stage `pipeline_stages st` (the agency and deleted_at
 * are the caller's query's own conditions).
 */
export function companyFilterSql(filter: CompanyFilter, now: Date, viewer: Viewer): RawBuilder<SqlBool> {
  const parts: RawBuilder<SqlBool>[] = [];
  if (filter.branch !== undefined) parts.push(branchMatches('c.branch_id', viewer, filter.branch));
  if (filter.q !== undefined) parts.push(companyTextMatches(filter.q));
  if (filter.pipelineId !== undefined) parts.push(sql`c.pipeline_id = ${filter.pipelineId}`);
  if (filter.stage !== undefined) parts.push(sql`c.client_status in (${sql.join(filter.stage)})`);
  if (filter.ownerId === 'unassigned') parts.push(sql`c.owner_id is null`);
  else if (filter.ownerId !== undefined) parts.push(sql`c.owner_id = ${filter.ownerId}`);
  if (filter.favorite !== undefined) parts.push(is(sql`c.favorited`, filter.favorite));
  if (filter.stale !== undefined) parts.push(is(staleSql(now), filter.stale));
  if (filter.onHold !== undefined) parts.push(is(sql`coalesce(st.outcome = 'on_hold', false)`, filter.onHold));
  if (filter.hasOpenJobs !== undefined) parts.push(is(sql`g.open_jobs > 0`, filter.hasOpenJobs));
  if (filter.noAgencies !== undefined) parts.push(is(sql`g.no_agencies`, filter.noAgencies));
  if (filter.lastActivityFrom !== undefined) parts.push(sql`${LAST_ACTIVITY} >= ${dayStart(filter.lastActivityFrom)}::timestamptz`);
  if (filter.lastActivityTo !== undefined) parts.push(sql`${LAST_ACTIVITY} < ${dayAfter(filter.lastActivityTo)}::timestamptz`);
  if (filter.createdFrom !== undefined) parts.push(sql`c.created_at >= ${dayStart(filter.createdFrom)}::timestamptz`);
  if (filter.createdTo !== undefined) parts.push(sql`c.created_at < ${dayAfter(filter.createdTo)}::timestamptz`);
  for (const condition of filter.field ?? []) {
    parts.push(sql`lower(c.field_values->>${condition.key}) = lower(${condition.value})`);
  }
  return parts.length === 0 ? sql<SqlBool>`true` : sql<SqlBool>`(${sql.join(parts, sql` and `)})`;
}
