import { z } from 'zod';
import { systemClock, type Clock } from '../platform/clock.js';
import type { Actor } from '../identity/domain/index.js';
import type { Db } from '../platform/db/database.js';
import { authorize } from '../identity/index.js';
import { id, parseInput } from '../platform/input/input.js';
import { appendActivity, lockLiveCompany } from '../pipeline/index.js';
import { publishCompanyChange } from '../platform/events/company-changes.js';
import { toActivityView, type ActivityView } from '../pipeline/index.js';

export const deleteCompanyInput = z.object({ companyId: id }).strict();

/**
 * Stops following a company (SPEC R1.5): a soft delete. The record and its
 * whole timeline stay; following the company again restores them.
 */
export async function deleteCompany(
  db: Db,
  actor: Actor,
  input: z.input<typeof deleteCompanyInput>,
  clock: Clock = systemClock,
): Promise<ActivityView> {
  authorize(actor, 'companies:delete');
  const request = parseInput(deleteCompanyInput, input);
  const activity = await db.transaction().execute(async (trx) => {
    const company = await lockLiveCompany(trx, actor.agencyId, request.companyId);
    const now = clock();
    await trx
      .updateTable('companies')
      .set({ deleted_at: now, deleted_by: actor.userId })
      .where('agency_id', '=', actor.agencyId)
      .where('id', '=', company.id)
      .execute();
    const activity = await appendActivity(trx, {
      agencyId: actor.agencyId,
      companyId: company.id,
      type: 'company_deleted',
      userId: actor.userId,
      createdAt: now,
      extraData: { status: company.client_status },
    });
    return toActivityView(activity);
  });
  publishCompanyChange({ agencyId: actor.agencyId, companyId: request.companyId, kind: 'deleted' });
  return activity;
}
