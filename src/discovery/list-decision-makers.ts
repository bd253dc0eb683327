import { z } from 'zod';
import { systemClock, type Clock } from '../platform/clock.js';
import { rankDecisionMakers, type Relevance } from './domain/decision-makers.js';
import type { Actor } from '../identity/domain/index.js';
import type { Db } from '../platform/db/database.js';
import { authorize } from '../identity/index.js';
import { id, parseInput } from '../platform/input/input.js';
import { findGlobalCompany } from './find-global-company.js';

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
 * first, each with the rule that placed it (SPEC R5.5, R6.2). Relevance
 * depends on what the company hires for now, so it is computed when read.
 * Shared data; any signed-in user may read it.
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
