import { z } from 'zod';
import type { Clock } from '../platform/clock.js';
import { systemClock } from '../platform/clock.js';
import {
  decideStatusChange,
  parseLossReason,
  pipelineByKey,
  type StatusChangeCommand,
} from './domain/index.js';
import type { Actor } from '../identity/domain/index.js';
import type { CompanyRow } from './pipeline.tables.js';
import type { Db, Executor } from '../platform/db/database.js';
import { authorize } from '../identity/index.js';
import { LIMITS, id, optionalText, parseInput, text } from '../platform/input/input.js';
import { appendActivity, lockLiveCompany } from './company-records.js';
import { toActivityView, toCompanyView, type ActivityView, type CompanyView } from './views.js';
import { publishCompanyChange } from '../platform/events/company-changes.js';

export const changeStatusInput = z
  .object({
    /** The agency's company to move. */
    companyId: id,
    /** Target stage key, e.g. `contacted`. */
    status: text(64),
    /** Why the move happened; shown on the timeline. */
    description: optionalText(LIMITS.description, { multiline: true }),
    /** A standard loss reason key or free text; required to enter Lost. */
    lossReason: optionalText(LIMITS.reason),
    /** Explanation that goes with a standard loss reason. */
    lossReasonText: optionalText(LIMITS.reason),
  })
  .strict();

export type ChangeStatusInput = z.input<typeof changeStatusInput>;

export interface StatusChangeResult {
  company: CompanyView;
  activity: ActivityView;
}

/**
 * Moves a company to another stage (SPEC R2.2, R2.5): locks the row,
 * validates against the pipeline, updates status and timestamp and appends
 * the status_change activity, all in one transaction.
 */
export async function changeStatus(
  db: Db,
  actor: Actor,
  input: ChangeStatusInput,
  clock: Clock = systemClock,
): Promise<StatusChangeResult> {
  authorize(actor, 'pipeline:write');
  const request = parseInput(changeStatusInput, input);
  const result = await db.transaction().execute(async (trx) => {
    const company = await lockLiveCompany(trx, actor.agencyId, request.companyId);
    return applyStatusChange(trx, company, actor.userId, {
      to: request.status,
      description: request.description,
      lossReason: parseLossReason(request.lossReason, request.lossReasonText),
    }, clock());
  });
  publishCompanyChange({ agencyId: actor.agencyId, companyId: result.company.id, kind: 'status_changed' });
  return result;
}

/**
 * The one place a status is written. The company must already be locked in
 * `trx` (see lockLiveCompany); `userId` is null for automatic changes.
 */
export async function applyStatusChange(
  trx: Executor,
  company: CompanyRow,
  userId: string | null,
  command: StatusChangeCommand,
  now: Date,
): Promise<StatusChangeResult> {
  const decision = decideStatusChange(pipelineByKey(company.pipeline), company.client_status, command, now);
  const updated = await trx
    .updateTable('companies')
    .set({ client_status: decision.status, client_status_changed_at: decision.changedAt })
    .where('agency_id', '=', company.agency_id)
    .where('id', '=', company.id)
    .returningAll()
    .executeTakeFirstOrThrow();
  const activity = await appendActivity(trx, {
    agencyId: company.agency_id,
    companyId: company.id,
    type: decision.activity.activityType,
    userId,
    createdAt: now,
    description: decision.activity.description,
    oldStatus: decision.activity.oldStatus,
    newStatus: decision.activity.newStatus,
    extraData: decision.activity.extraData,
  });
  return { company: toCompanyView(updated), activity: toActivityView(activity) };
}
