import type { Clock } from '../domain/clock.js';
import { hiringActivity, hotnessScore } from '../domain/hotness.js';
import { companyRefusesAgencies } from '../domain/no-agencies.js';
import type { Executor } from '../db/schema.js';

type JobFacts = { postedAt: Date | null; closedAt: Date | null; noAgencies: boolean };

/**
 * Recomputes hotness, open jobs and the no-agencies flag of these shared
 * companies from their jobs (SPEC R5.1, R9.5). Called after jobs change.
 */
export async function refreshHiringFacts(db: Executor, globalCompanyIds: readonly string[], clock: Clock): Promise<void> {
  const ids = [...new Set(globalCompanyIds)];
  if (ids.length === 0) return;
  const now = clock();
  const rows = await db
    .selectFrom('jobs')
    .select(['global_company_id', 'posted_at', 'closed_at', 'no_agencies'])
    .where('global_company_id', 'in', ids)
    .execute();
  const jobsOf = new Map<string, JobFacts[]>(ids.map((id) => [id, []]));
  for (const row of rows) {
    jobsOf.get(row.global_company_id)!.push({ postedAt: row.posted_at, closedAt: row.closed_at, noAgencies: row.no_agencies });
  }
  for (const [id, jobs] of jobsOf) {
    const activity = hiringActivity(jobs, now);
    await db
      .updateTable('global_companies')
      .set({ hotness: hotnessScore(activity), open_jobs: activity.open, no_agencies: companyRefusesAgencies(jobs, now) })
      .where('id', '=', id)
      .execute();
  }
}
