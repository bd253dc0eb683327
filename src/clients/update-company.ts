import { z } from 'zod';
import { systemClock, type Clock } from '../platform/clock.js';
import { validationError } from '../platform/errors.js';
import type { Actor } from '../identity/domain/index.js';
import type { Db } from '../platform/db/database.js';
import { authorize } from '../identity/index.js';
import { id, parseInput } from '../platform/input/input.js';
import { appendActivity, assertAgencyUser, lockLiveCompany } from '../pipeline/index.js';
import { publishCompanyChange } from '../platform/events/company-changes.js';
import { toCompanyView, type CompanyView } from '../pipeline/index.js';

export const updateCompanyInput = z
  .object({
    companyId: id,
    /** New owner (a user of the agency), or null for none. */
    ownerId: id.nullable().optional(),
    favorited: z.boolean().optional(),
    /** Whether new jobs at this company notify the agency (SPEC R7.1). */
    newJobsNotifications: z.boolean().optional(),
  })
  .strict();

/**
 * Changes a company's owner and flags; a new owner is noted on the
 * timeline. Never its status: that goes through changeStatus.
 */
export async function updateCompany(
  db: Db,
  actor: Actor,
  input: z.input<typeof updateCompanyInput>,
  clock: Clock = systemClock,
): Promise<CompanyView> {
  authorize(actor, 'pipeline:write');
  const { companyId, ...changes } = parseInput(updateCompanyInput, input);
  if (Object.values(changes).every((value) => value === undefined)) {
    throw validationError([{ path: '', message: 'nothing to change: give ownerId, favorited or newJobsNotifications' }]);
  }
  const result = await db.transaction().execute(async (trx) => {
    const company = await lockLiveCompany(trx, actor.agencyId, companyId);
    if (changes.ownerId) await assertAgencyUser(trx, actor.agencyId, changes.ownerId);
    const updated = await trx
      .updateTable('companies')
      .set({
        ...(changes.ownerId !== undefined ? { owner_id: changes.ownerId } : {}),
        ...(changes.favorited !== undefined ? { favorited: changes.favorited } : {}),
        ...(changes.newJobsNotifications !== undefined ? { new_jobs_notifications: changes.newJobsNotifications } : {}),
      })
      .where('agency_id', '=', actor.agencyId)
      .where('id', '=', company.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    if (changes.ownerId !== undefined && changes.ownerId !== company.owner_id) {
      await appendActivity(trx, {
        agencyId: actor.agencyId,
        companyId: company.id,
        type: 'owner_changed',
        userId: actor.userId,
        createdAt: clock(),
        extraData: { from: company.owner_id, to: changes.ownerId },
      });
    }
    return toCompanyView(updated);
  });
  publishCompanyChange({ agencyId: actor.agencyId, companyId, kind: 'updated' });
  return result;
}
