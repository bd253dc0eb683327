import { z } from 'zod';
import { systemClock, type Clock } from '../platform/clock.js';
import { notFound } from '../platform/errors.js';
import type { Actor } from '../identity/domain/index.js';
import type { Db } from '../platform/db/database.js';
import { authorize } from '../identity/index.js';
import { id, parseInput } from '../platform/input/input.js';
import { toGlobalCompanyResult, withAgencyFacts, type GlobalCompanyResult } from './global-company-result.js';

export const readGlobalCompanyInput = z.object({ globalCompanyId: id }).strict();

/**
 * One shared company; opening it records the view for this user (SPEC R1.7).
 * `lastViewedAt` is the view before this one.
 */
export async function readGlobalCompany(
  db: Db,
  actor: Actor,
  input: z.input<typeof readGlobalCompanyInput>,
  clock: Clock = systemClock,
): Promise<GlobalCompanyResult> {
  authorize(actor, 'pipeline:read');
  const request = parseInput(readGlobalCompanyInput, input);
  const row = await withAgencyFacts(db, actor).where('g.id', '=', request.globalCompanyId).executeTakeFirst();
  if (!row) throw notFound('GlobalCompany', request.globalCompanyId);
  const now = clock();
  await db
    .insertInto('global_company_views')
    .values({ agency_id: actor.agencyId, user_id: actor.userId, global_company_id: row.id, last_viewed_at: now })
    .onConflict((oc) => oc.columns(['agency_id', 'user_id', 'global_company_id']).doUpdateSet({ last_viewed_at: now }))
    .execute();
  return toGlobalCompanyResult(row);
}
