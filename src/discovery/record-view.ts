import { z } from 'zod';
import { systemClock, type Clock } from '../platform/clock.js';
import { notFound } from '../platform/errors.js';
import type { Actor } from '../identity/domain/index.js';
import type { Db, Executor } from '../platform/db/database.js';
import { authorize } from '../identity/index.js';
import { id, parseInput } from '../platform/input/input.js';

export const recordGlobalCompanyViewInput = z.object({ globalCompanyId: id }).strict();

export interface RecordedView {
  viewedAt: Date;
  /** This user's view before this one; null the first time. */
  previousViewAt: Date | null;
}

/**
 * Records that the user opened a shared company (SPEC R1.7: "last viewed").
 * Its own POST, so reading a company stays a pure GET; a viewer may record
 * their own views (a personal trace, like reading a notification).
 */
export async function recordGlobalCompanyView(
  db: Db,
  actor: Actor,
  input: z.input<typeof recordGlobalCompanyViewInput>,
  clock: Clock = systemClock,
): Promise<RecordedView> {
  authorize(actor, 'companies:view');
  const request = parseInput(recordGlobalCompanyViewInput, input);
  const company = await db.selectFrom('global_companies').select('id').where('id', '=', request.globalCompanyId).executeTakeFirst();
  if (!company) throw notFound('GlobalCompany', request.globalCompanyId);
  return writeCompanyView(db, actor, company.id, clock());
}

/** Upserts the user's view of a shared company; the agency's company page records through this too. */
export async function writeCompanyView(db: Db, actor: Actor, globalCompanyId: string, now: Date): Promise<RecordedView> {
  return db.transaction().execute(async (trx: Executor) => {
    const previous = await trx
      .selectFrom('global_company_views')
      .select('last_viewed_at')
      .where('agency_id', '=', actor.agencyId)
      .where('user_id', '=', actor.userId)
      .where('global_company_id', '=', globalCompanyId)
      .forUpdate()
      .executeTakeFirst();
    await trx
      .insertInto('global_company_views')
      .values({ agency_id: actor.agencyId, user_id: actor.userId, global_company_id: globalCompanyId, last_viewed_at: now })
      .onConflict((oc) => oc.columns(['agency_id', 'user_id', 'global_company_id']).doUpdateSet({ last_viewed_at: now }))
      .execute();
    return { viewedAt: now, previousViewAt: previous?.last_viewed_at ?? null };
  });
}
