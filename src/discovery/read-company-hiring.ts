import type { companyHiringSchema } from './discovery.schemas.js';
import { sql } from 'kysely';
import { z } from 'zod';
import { systemClock, type Clock } from '../platform/clock.js';
import { lastMonths } from '../platform/time/months.js';
import type { Actor } from '../identity/domain/index.js';
import type { Db } from '../platform/db/database.js';
import { authorize } from '../identity/index.js';
import { monthlyPostings } from './hiring-trends.js';
import { id, parseInput } from '../platform/input/input.js';
import { findGlobalCompany } from './find-global-company.js';
import { addDays } from '../platform/time/days.js';

/*
 * What a company's jobs say about its hiring (SPEC R5.4): postings per
 * month and the skills it asks for. Shared data; any signed-in user may
 * read it.
 */

const TREND_MONTHS = 24;
const SKILLS_SHOWN = 15;

export const readCompanyHiringInput = z.object({ globalCompanyId: id }).strict();

export type CompanyHiring = z.output<typeof companyHiringSchema>;

export async function readCompanyHiring(db: Db, actor: Actor, input: z.input<typeof readCompanyHiringInput>, clock: Clock = systemClock): Promise<CompanyHiring> {
  authorize(actor, 'companies:view');
  const { globalCompanyId } = parseInput(readCompanyHiringInput, input);
  const company = await findGlobalCompany(db, globalCompanyId);
  const now = clock();
  const yearAgo = addDays(now, -365);
  const [trends, skills, total] = await Promise.all([
    monthlyPostings(db, [globalCompanyId], TREND_MONTHS, now),
    sql<{ skill: string; jobs: number }>`
      select min(s.skill) as skill, count(*) as jobs from jobs, unnest(jobs.skills) as s(skill)
      where global_company_id = ${globalCompanyId} and posted_at >= ${yearAgo}
      group by lower(s.skill) order by jobs desc, lower(s.skill) limit ${SKILLS_SHOWN}`.execute(db),
    db.selectFrom('jobs').select((eb) => eb.fn.countAll<number>().as('n')).where('global_company_id', '=', globalCompanyId).executeTakeFirstOrThrow(),
  ]);
  const counts = trends.get(globalCompanyId)!;
  return {
    trend: lastMonths(now, TREND_MONTHS).map((month, index) => ({ month, jobs: counts[index]! })),
    skills: skills.rows.map((row) => ({ skill: row.skill, jobs: Number(row.jobs) })),
    openJobs: company.open_jobs,
    totalJobs: Number(total.n),
  };
}
