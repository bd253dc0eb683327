import { z } from 'zod';
import type { Clock } from '../platform/clock.js';
import { systemClock } from '../platform/clock.js';
import type { Actor } from '../identity/domain/index.js';
import type { Db } from '../platform/db/database.js';
import { authorize } from '../identity/index.js';
import { LIMITS, id, optionalText, parseInput, text } from '../platform/input/input.js';
import { lockLiveCompany } from './company-records.js';
import { moveToStage, type StatusChangeResult } from './stage-writer.js';
import { publishCompanyChange } from '../platform/events/company-changes.js';
import { gateFields, toGateInput } from './gate-input.js';

export const changeStatusInput = z
  .object({
    /** The agency's company to move. */
    companyId: id,
    /** Target stage key, e.g. `contacted`. */
    status: text(64),
    /** Why the move happened; shown on the timeline. */
    description: optionalText(LIMITS.description, { multiline: true }),
    ...gateFields,
    /** An admin's move outside the transition graph; the reason is shown on the timeline. */
    override: z.object({ reason: text(LIMITS.reason) }).strict().optional(),
  })
  .strict();

export type ChangeStatusInput = z.input<typeof changeStatusInput>;

/**
 * Moves a company to another stage (SPEC R2.2, R2.5): locks the row, then
 * the stage writer checks the move against the pipeline's graph and gates,
 * updates status and timestamp and appends the status_change activity, in
 * one transaction. An override is for admins only.
 */
export async function changeStatus(
  db: Db,
  actor: Actor,
  input: ChangeStatusInput,
  clock: Clock = systemClock,
): Promise<StatusChangeResult> {
  authorize(actor, 'companies:edit');
  const request = parseInput(changeStatusInput, input);
  if (request.override) authorize(actor, 'pipelines:manage');
  const result = await db.transaction().execute(async (trx) => {
    const company = await lockLiveCompany(trx, actor.agencyId, request.companyId);
    return moveToStage(trx, company, actor.userId, {
      to: request.status,
      description: request.description,
      gates: toGateInput(request),
      override: request.override,
    }, clock());
  });
  publishCompanyChange({ agencyId: actor.agencyId, companyId: result.company.id, kind: 'status_changed' });
  return result;
}

