import type { decisionMakerSchema } from './discovery.schemas.js';
import { z } from 'zod';
import { systemClock, type Clock } from '../platform/clock.js';
import { rankDecisionMakers } from './domain/decision-makers.js';
import type { Actor } from '../identity/domain/index.js';
import type { Db } from '../platform/db/database.js';
import { authorize } from '../identity/index.js';
import { id, parseInput, wholeNumber } from '../platform/input/input.js';
import { findGlobalCompany } from './find-global-company.js';
import { addDays } from '../platform/time/days.js';

/** How many people one answer lists at most, and how many of a company's people (and job titles) are ranked. */
export const DECISION_MAKER_LIMITS = { shown: 100, ranked: 2_000, jobTitles: 5_000 } as const;

export const listDecisionMakersInput = z
  .object({ globalCompanyId: id, limit: wholeNumber(1, DECISION_MAKER_LIMITS.shown).default(50) })
  .strict();

export type DecisionMakerView = z.output<typeof decisionMakerSchema>;

/**
 * A company's decision makers, the most relevant for recruitment outreach
 * first, each with the rule that placed it (SPEC R5.5, R6.2); at most
 * `limit`. Relevance depends on what the company hires for now, so it is
 * computed when read: from the company's 2,000 most recently updated people
 * and the titles of its 5,000 latest jobs of the last year, so a company
 * with far more costs no more. Shared data; any signed-in user may read it.
 */
export async function listDecisionMakers(
  db: Db,
  actor: Actor,
  input: z.input<typeof listDecisionMakersInput>,
  clock: Clock = systemClock,
): Promise<DecisionMakerView[]> {
  authorize(actor, 'companies:view');
  const { globalCompanyId, limit } = parseInput(listDecisionMakersInput, input);
  await findGlobalCompany(db, globalCompanyId);
  const yearAgo = addDays(clock(), -365);
  const [people, jobs] = await Promise.all([
    db
      .selectFrom('decision_makers')
      .select(['id', 'name', 'title', 'linkedin_url', 'linkedin_verified'])
      .where('global_company_id', '=', globalCompanyId)
      .orderBy('updated_at', 'desc')
      .orderBy('id')
      .limit(DECISION_MAKER_LIMITS.ranked)
      .execute(),
    db
      .selectFrom('jobs')
      .select('title')
      .where('global_company_id', '=', globalCompanyId)
      .where('posted_at', '>=', yearAgo)
      .orderBy('posted_at', 'desc')
      .limit(DECISION_MAKER_LIMITS.jobTitles)
      .execute(),
  ]);
  return rankDecisionMakers(people, jobs.map((job) => job.title)).slice(0, limit).map((person) => ({
    id: person.id,
    name: person.name,
    title: person.title,
    linkedinUrl: person.linkedin_url,
    linkedinVerified: person.linkedin_verified,
    relevance: person.relevance,
  }));
}
