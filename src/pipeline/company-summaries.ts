import type { z } from 'zod';
import type { companySummarySchema } from './pipeline.schemas.js';
import { sql } from 'kysely';
import { staleVerdict, type StaleVerdict } from './domain/index.js';
import type { Executor } from '../platform/db/database.js';

/** A company as lists and board cards show it, with the routine's stale verdict (domain/stale.ts). */
export type CompanySummary = z.output<typeof companySummarySchema>;

/** A row of companySummaries: the summary's columns and the facts its stale verdict needs. */
export type CompanySummaryRow = Omit<CompanySummary, keyof StaleVerdict | 'expectedValue'> & {
  expectedValue: string | number | null;
  /** Its stage's stale threshold (pipeline_stages); null where the stage never goes stale. */
  stageStaleAfterDays: number | null;
  lastActivityAt: Date | string | null;
  /** ISO 8601 in UTC, as meetings store it. */
  nextMeetingAt: string | null;
  nextReminderAt: Date | string | null;
};

/**
 * The agency's live companies with what a list or card shows, ready for
 * filters and ordering. The stale facts are correlated subqueries over the
 * timeline and reminder indexes, so PostgreSQL evaluates them only for the
 * rows a LIMIT keeps: one statement, no query per card.
 */
export function companySummaries(db: Executor, agencyId: string, now: Date) {
  return db
    .selectFrom('companies as c')
    .innerJoin('global_companies as g', 'g.id', 'c.global_company_id')
    .leftJoin('users as u', (join) => join.onRef('u.agency_id', '=', 'c.agency_id').onRef('u.id', '=', 'c.owner_id'))
    .innerJoin('pipeline_stages as st', (join) =>
      join.onRef('st.agency_id', '=', 'c.agency_id').onRef('st.pipeline_id', '=', 'c.pipeline_id').onRef('st.key', '=', 'c.client_status'),
    )
    .where('c.agency_id', '=', agencyId)
    .where('c.deleted_at', 'is', null)
    .select([
      'c.id',
      'c.global_company_id as globalCompanyId',
      'g.name',
      'g.industry',
      'g.employee_count as employeeCount',
      'g.location',
      'c.pipeline_id as pipelineId',
      'c.client_status as status',
      'c.client_status_changed_at as statusChangedAt',
      'c.favorited',
      'c.owner_id as ownerId',
      'u.name as ownerName',
      'c.expected_value as expectedValue',
      'c.expected_close_date as expectedCloseDate',
      'c.resume_at as resumeAt',
      'st.stale_after_days as stageStaleAfterDays',
      sql<Date | null>`(select max(a.created_at) from client_company_activities a
        where a.agency_id = c.agency_id and a.company_id = c.id)`.as('lastActivityAt'),
      // Filtered inside the aggregate, so it reads this company's timeline (a few rows), never the agency's meetings index.
      sql<string | null>`(select min(a.extra_data->>'at') filter (where a.activity_type = 'meeting_scheduled' and a.extra_data->>'at' > ${now.toISOString()})
        from client_company_activities a where a.agency_id = c.agency_id and a.company_id = c.id)`.as('nextMeetingAt'),
      sql<Date | null>`(select min(r.due_at) from reminders r
        where r.agency_id = c.agency_id and r.company_id = c.id and r.done_at is null and r.due_at > ${now}::timestamptz)`.as('nextReminderAt'),
    ]);
}

/** The summary a row of companySummaries stands for, with its stale verdict at `now`. */
export function toCompanySummary(row: CompanySummaryRow, now: Date): CompanySummary {
  const { lastActivityAt, nextMeetingAt, nextReminderAt, stageStaleAfterDays, expectedValue, ...summary } = row;
  const planned = [nextMeetingAt, nextReminderAt].filter((at) => at !== null).map((at) => new Date(at));
  const verdict = staleVerdict(
    {
      status: row.status,
      statusChangedAt: new Date(row.statusChangedAt),
      lastActivityAt: lastActivityAt === null ? null : new Date(lastActivityAt),
      nextPlannedAt: planned.length > 0 ? new Date(Math.min(...planned.map((at) => at.getTime()))) : null,
    },
    stageStaleAfterDays === null ? {} : { [row.status]: stageStaleAfterDays },
    now,
  );
  return { ...summary, expectedValue: expectedValue === null ? null : Number(expectedValue), ...verdict };
}
