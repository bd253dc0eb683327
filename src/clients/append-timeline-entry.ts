import type { Clock } from '../platform/clock.js';
import type { Actor } from '../identity/domain/index.js';
import type { Db } from '../platform/db/database.js';
import { appendActivity, lockLiveCompany, toActivityView, type ActivityInput, type ActivityView } from '../pipeline/index.js';
import { publishCompanyChange, type CompanyChangeKind } from '../platform/events/company-changes.js';

/**
 * Appends one timeline entry that changes nothing else (a note, a call, a
 * meeting) to one of the agency's live companies, and tells its open pages
 * after the commit. The company is locked first, so an entry never lands on
 * a company a colleague is deleting at that moment (it is NOT_FOUND once the
 * delete committed), and the clock is read after the lock, so timeline order
 * equals lock order as for status changes.
 */
export async function appendTimelineEntry(
  db: Db,
  actor: Actor,
  companyId: string,
  clock: Clock,
  entry: Pick<ActivityInput, 'type' | 'description' | 'extraData'>,
  kind: CompanyChangeKind,
): Promise<ActivityView> {
  const activity = await db.transaction().execute(async (trx) => {
    const company = await lockLiveCompany(trx, actor.agencyId, companyId);
    const row = await appendActivity(trx, { ...entry, agencyId: actor.agencyId, companyId: company.id, userId: actor.userId, createdAt: clock() });
    return toActivityView(row);
  });
  publishCompanyChange({ agencyId: actor.agencyId, companyId, kind });
  return activity;
}
