import { sql } from 'kysely';
import type { Clock } from '../domain/clock.js';
import { hiringActivity, hotnessScore, isOpen } from '../domain/hotness.js';
import { companyRefusesAgencies } from '../domain/no-agencies.js';
import type { Executor } from '../db/schema.js';
import { jsonRows } from './json-rows.js';

type JobFacts = { postedAt: Date | null; closedAt: Date | null; noAgencies: boolean; skills: string[] };

/**
 * Recomputes what search filters and sorts on for these shared companies,
 * from their jobs (SPEC R5.1, R9.5): hotness, open jobs, the skills of open
 * jobs, the latest posting and the no-agencies flag. Called after jobs
 * change; the rules live in the domain, so they are applied here in code
 * and written back in one statement.
 */
export async function refreshHiringFacts(db: Executor, globalCompanyIds: readonly string[], clock: Clock): Promise<void> {
  const ids = [...new Set(globalCompanyIds)];
  if (ids.length === 0) return;
  const now = clock();
  const rows = await db
    .selectFrom('jobs')
    .select(['global_company_id', 'posted_at', 'closed_at', 'no_agencies', 'skills'])
    .where('global_company_id', 'in', ids)
    .execute();
  const jobsOf = new Map<string, JobFacts[]>(ids.map((id) => [id, []]));
  for (const row of rows) {
    jobsOf.get(row.global_company_id)!.push({ postedAt: row.posted_at, closedAt: row.closed_at, noAgencies: row.no_agencies, skills: row.skills });
  }
  const facts = [...jobsOf].map(([id, jobs]) => {
    const activity = hiringActivity(jobs, now);
    const open = jobs.filter((job) => isOpen(job, now));
    const posted = jobs.flatMap((job) => (job.postedAt && job.postedAt <= now ? [job.postedAt.getTime()] : []));
    return {
      id,
      hotness: hotnessScore(activity),
      open_jobs: activity.open,
      no_agencies: companyRefusesAgencies(jobs, now),
      open_skills: [...new Set(open.flatMap((job) => job.skills.map((skill) => skill.toLowerCase())))].sort(),
      last_posted_at: posted.length ? new Date(Math.max(...posted)).toISOString() : null,
    };
  });
  await sql`update global_companies g set hotness = r.hotness, open_jobs = r.open_jobs, no_agencies = r.no_agencies,
      open_skills = r.open_skills, last_posted_at = r.last_posted_at
    from ${jsonRows(facts, 'id uuid, hotness smallint, open_jobs integer, no_agencies boolean, open_skills text[], last_posted_at timestamptz')}
    where g.id = r.id`.execute(db);
}
