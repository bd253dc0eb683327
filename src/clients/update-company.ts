import { z } from 'zod';
import { systemClock, type Clock } from '../platform/clock.js';
import { validationError } from '../platform/errors.js';
import type { Actor } from '../identity/domain/index.js';
import type { Db } from '../platform/db/database.js';
import { activeBranch, authorize } from '../identity/index.js';
import { calendarDate, id, parseInput } from '../platform/input/input.js';
import { appendActivity, assertAgencyUser, gateFields, loadPipeline, lockLiveCompany } from '../pipeline/index.js';
import { fieldValueIssues, mergeFields } from '../pipeline/domain/index.js';
import { publishCompanyChange } from '../platform/events/company-changes.js';
import { toCompanyView, type CompanyView } from '../pipeline/index.js';
import { dealChanges } from './deal-changes.js';

/** EUR, whole cents: numeric(14, 2) holds up to 10^12 with two decimals. */
const euros = z
  .number({ error: 'must be a number of euros' })
  .finite()
  .min(0, { error: 'must not be negative' })
  .max(1e12, { error: 'must be at most 1000000000000' })
  .refine((value) => Number(value.toFixed(2)) === value, { error: 'must have at most 2 decimals' });

export const updateCompanyInput = z
  .object({
    companyId: id,
    /** New owner (a user of the agency), or null for none. */
    ownerId: id.nullable().optional(),
    /** The branch it belongs to (an active one of the agency), or null for none. */
    branchId: id.nullable().optional(),
    favorited: z.boolean().optional(),
    /** Whether new jobs at this company notify the agency (SPEC R7.1). */
    newJobsNotifications: z.boolean().optional(),
    /** The deal's expected value in EUR (at most 2 decimals); null clears it. */
    expectedValue: euros.nullable().optional(),
    /** The expected close date, YYYY-MM-DD; null clears it. */
    expectedCloseDate: calendarDate().nullable().optional(),
    /** Values of the pipeline's own fields, by key (checked against the company's pipeline); null clears one; keys not sent stay. */
    fields: gateFields.fields,
  })
  .strict();

/**
 * Changes a company's owner, branch, flags, expected value and close date and its
 * pipeline fields; a new owner, and a changed value, close date or field,
 * are noted on the timeline (`owner_changed`, `deal_updated`: from and to).
 * Never its stage or pipeline: those go through the stage writer.
 */
export async function updateCompany(
  db: Db,
  actor: Actor,
  input: z.input<typeof updateCompanyInput>,
  clock: Clock = systemClock,
): Promise<CompanyView> {
  authorize(actor, 'companies:edit');
  const { companyId, ...changes } = parseInput(updateCompanyInput, input);
  if (Object.values(changes).every((value) => value === undefined)) {
    throw validationError([{ path: '', message: 'nothing to change: give ownerId, branchId, favorited, newJobsNotifications, expectedValue, expectedCloseDate or fields' }]);
  }
  const result = await db.transaction().execute(async (trx) => {
    const company = await lockLiveCompany(trx, actor.agencyId, companyId);
    // Sending the record's owner again is no change of owner, also when they have since been deactivated.
    if (changes.ownerId && changes.ownerId !== company.owner_id) await assertAgencyUser(trx, actor.agencyId, changes.ownerId, 'ownerId');
    if (changes.branchId && changes.branchId !== company.branch_id) await activeBranch(trx, actor.agencyId, changes.branchId, 'branchId');
    if (changes.fields) {
      const pipeline = await loadPipeline(trx, actor.agencyId, company.pipeline_id, { lockAgainstEdits: true });
      const issues = fieldValueIssues(pipeline.fields, changes.fields);
      if (issues.length > 0) throw validationError(issues);
    }
    const updated = await trx
      .updateTable('companies')
      .set({
        ...(changes.ownerId !== undefined ? { owner_id: changes.ownerId } : {}),
        ...(changes.branchId !== undefined ? { branch_id: changes.branchId } : {}),
        ...(changes.favorited !== undefined ? { favorited: changes.favorited } : {}),
        ...(changes.newJobsNotifications !== undefined ? { new_jobs_notifications: changes.newJobsNotifications } : {}),
        ...(changes.expectedValue !== undefined ? { expected_value: changes.expectedValue } : {}),
        ...(changes.expectedCloseDate !== undefined ? { expected_close_date: changes.expectedCloseDate } : {}),
        ...(changes.fields !== undefined ? { field_values: JSON.stringify(mergeFields(company.field_values, changes.fields)) } : {}),
      })
      .where('agency_id', '=', actor.agencyId)
      .where('id', '=', company.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    const now = clock();
    if (changes.ownerId !== undefined && changes.ownerId !== company.owner_id) {
      await appendActivity(trx, {
        agencyId: actor.agencyId,
        companyId: company.id,
        type: 'owner_changed',
        userId: actor.userId,
        createdAt: now,
        extraData: { from: company.owner_id, to: changes.ownerId },
      });
    }
    const deal = dealChanges(toCompanyView(company), toCompanyView(updated));
    if (deal) {
      await appendActivity(trx, { agencyId: actor.agencyId, companyId: company.id, type: 'deal_updated', userId: actor.userId, createdAt: now, extraData: deal });
    }
    return toCompanyView(updated);
  });
  publishCompanyChange({ agencyId: actor.agencyId, companyId, kind: 'updated' });
  return result;
}
