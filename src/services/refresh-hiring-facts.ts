import type { Clock } from '../domain/clock.js';
import { hiringActivity, hotnessScore } from '../domain/hotness.js';
import type { Executor } from '../db/schema.js';

/**
 * Recomputes hotness, open jobs and the no-agencies flag of these shared
 * companies from their jobs (SPEC R5.1, R9.5). Called after jobs change.
 */
export async function refreshHiringFacts(db: Executor, globalCompanyIds: readonly string[], clock: Clock): Promise<void> {
  if (globalCompanyIds.length === 0) return;
  const now = clock();
  const jobs = await db
    .selectFrom('jobs')
    .select(['global_company_id', 'posted_at', 'closed_at', 'no_agencies'])
    .where('global_company_id', 'in', [...globalCompanyIds])
    .execute();
  for (const id of new Set(globalCompanyIds)) {
    const own = jobs.filter((job) => job.global_company_id === id);
    const activity = hiringActivity(own.map((job) => ({ postedAt: job.posted_at, closedAt: job.closed_at })), now);
    await db
      .updateTable('global_companies')
      .set({ hotness: hotnessScore(activity), open_jobs: activity.open, no_agencies: own.some((job) => job.no_agencies && (!job.closed_at || job.closed_at > now)) })
      .where('id', '=', id)
      .execute();
  }
}
