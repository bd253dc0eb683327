import { sql, type Kysely } from 'kysely';

/**
 * Indexes for the dashboard (bench/analytics):
 * - the stage log's fingerprint: how many activities that move a company,
 *   (un)follow it or change its owner an agency has, and the latest seq.
 *   Activities are never changed or deleted, so the count only grows and
 *   tells the cached stage logs exactly when to read again
 *   (src/services/analytics/stage-log-cache.ts);
 * - the team view: an agency's activities by time with who and what, and
 *   jobs by when they were added, both read from the index alone.
 */
const statements = [
  `create index client_company_activities_stage_log_idx on client_company_activities (agency_id, seq)
    where activity_type in ('company_tracked', 'status_change', 'company_deleted', 'owner_changed')`,
  `create index client_company_activities_recent_idx on client_company_activities (agency_id, created_at) include (user_id, activity_type)`,
  `create index jobs_created_idx on jobs (created_at) include (global_company_id)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}
