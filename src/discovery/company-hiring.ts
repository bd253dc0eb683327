import { sql } from 'kysely';
import { z } from 'zod';
import { systemClock, type Clock } from '../platform/clock.js';
import { rankDecisionMakers, type Relevance } from './domain/decision-makers.js';
import { notFound } from '../platform/errors.js';
import { lastMonths } from '../platform/time/months.js';
import type { Actor } from '../identity/domain/index.js';
import type { Db, Executor } from '../platform/db/database.js';
import { authorize } from '../identity/index.js';
import { cursor, cursorTimestampText, page } from '../platform/input/cursor.js';
import { monthlyPostings } from './hiring-trends.js';
import { id, parseInput, wholeNumber } from '../platform/input/input.js';

/*
 * What a company's jobs say about its hiring (SPEC R5.4, R5.5, R6.2): the
 * jobs themselves, postings per month, the skills it asks for and the people
 * to approach. Shared data; any signed-in user may read it.
 */

const TREND_MONTHS = 24;
const SKILLS_SHOWN = 15;

export const readCompanyHiringInput = z.object({ globalCompanyId: id }).strict();

export interface CompanyHiring {
  /** Jobs posted per month, the last 24 months, oldest first. */
  trend: { month: string; jobs: number }[];
  /** Skills asked for in jobs posted in the last 12 months, the most asked first. */
  skills: { skill: string; jobs: number }[];
  openJobs: number;
  totalJobs: number;
}

export async function readCompanyHiring(db: Db, actor: Actor, input: z.input<typeof readCompanyHiringInput>, clock: Clock = systemClock): Promise<CompanyHiring> {
  authorize(actor, 'pipeline:read');
  const { globalCompanyId } = parseInput(readCompanyHiringInput, input);
  const company = await findGlobalCompany(db, globalCompanyId);
  const now = clock();
  const yearAgo = new Date(now.getTime() - 365 * 86_400_000);
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

export const listJobsInput = z
  .object({
    globalCompanyId: id,
    status: z.enum(['open', 'closed', 'all']).default('all'),
    limit: wholeNumber(1, 200).default(20),
    /** From the previous page's nextCursor. */
    cursor: cursor(z.tuple([z.union([cursorTimestampText, z.literal('-infinity')]), z.guid()])).optional(),
  })
  .strict();

export interface JobView {
  id: string;
  title: string;
  location: string | null;
  skills: string[];
  postedAt: Date | null;
  closedAt: Date | null;
  open: boolean;
  url: string | null;
  /** The text says agencies are not welcome (SPEC R9.5). */
  noAgencies: boolean;
}

/** A company's jobs, newest posting first. */
export async function listJobs(
  db: Db,
  actor: Actor,
  input: z.input<typeof listJobsInput>,
  clock: Clock = systemClock,
): Promise<{ items: JobView[]; nextCursor: string | null }> {
  authorize(actor, 'pipeline:read');
  const request = parseInput(listJobsInput, input);
  await findGlobalCompany(db, request.globalCompanyId);
  const now = clock();
  const postedKey = sql<Date>`coalesce(posted_at, '-infinity'::timestamptz)`;
  const rows = await db
    .selectFrom('jobs')
    .select(['id', 'title', 'location', 'skills', 'posted_at', 'closed_at', 'url', 'no_agencies'])
    .where('global_company_id', '=', request.globalCompanyId)
    // A job is open until its closing moment has passed (domain/hotness.ts isOpen).
    .$if(request.status === 'open', (qb) => qb.where((eb) => eb.or([eb('closed_at', 'is', null), eb('closed_at', '>', now)])))
    .$if(request.status === 'closed', (qb) => qb.where('closed_at', '<=', now))
    .$if(request.cursor !== undefined, (qb) =>
      qb.where(sql<boolean>`(${postedKey}, id) < (${request.cursor![0]}::timestamptz, ${request.cursor![1]}::uuid)`),
    )
    .orderBy(postedKey, 'desc')
    .orderBy('id', 'desc')
    .limit(request.limit + 1)
    .execute();
  const result = page(rows, request.limit, (row) => [row.posted_at ? row.posted_at.toISOString() : '-infinity', row.id]);
  return {
    items: result.items.map((row) => ({
      id: row.id,
      title: row.title,
      location: row.location,
      skills: row.skills,
      postedAt: row.posted_at,
      closedAt: row.closed_at,
      open: row.closed_at === null || row.closed_at > now,
      url: row.url,
      noAgencies: row.no_agencies,
    })),
    nextCursor: result.nextCursor,
  };
}

export const listDecisionMakersInput = z.object({ globalCompanyId: id }).strict();

export interface DecisionMakerView {
  id: string;
  name: string;
  title: string | null;
  linkedinUrl: string | null;
  linkedinVerified: boolean;
  relevance: Relevance;
}

/**
 * A company's decision makers, the most relevant for recruitment outreach
 * first, each with the rule that placed it (SPEC R5.5). Relevance depends
 * on what the company hires for now, so it is computed when read.
 */
export async function listDecisionMakers(
  db: Db,
  actor: Actor,
  input: z.input<typeof listDecisionMakersInput>,
  clock: Clock = systemClock,
): Promise<DecisionMakerView[]> {
  authorize(actor, 'pipeline:read');
  const { globalCompanyId } = parseInput(listDecisionMakersInput, input);
  await findGlobalCompany(db, globalCompanyId);
  const yearAgo = new Date(clock().getTime() - 365 * 86_400_000);
  const [people, jobs] = await Promise.all([
    db
      .selectFrom('decision_makers')
      .select(['id', 'name', 'title', 'linkedin_url', 'linkedin_verified'])
      .where('global_company_id', '=', globalCompanyId)
      .execute(),
    db.selectFrom('jobs').select('title').where('global_company_id', '=', globalCompanyId).where('posted_at', '>=', yearAgo).execute(),
  ]);
  return rankDecisionMakers(people, jobs.map((job) => job.title)).map((person) => ({
    id: person.id,
    name: person.name,
    title: person.title,
    linkedinUrl: person.linkedin_url,
    linkedinVerified: person.linkedin_verified,
    relevance: person.relevance,
  }));
}

async function findGlobalCompany(db: Executor, globalCompanyId: string) {
  const company = await db.selectFrom('global_companies').select(['id', 'open_jobs']).where('id', '=', globalCompanyId).executeTakeFirst();
  if (!company) throw notFound('GlobalCompany', globalCompanyId);
  return company;
}
