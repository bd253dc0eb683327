import { z } from 'zod';
import { AUTOMATIC_OUTREACH_DESCRIPTION, OUTREACH_CHANNELS } from '../pipeline/domain/index.js';
import { systemClock, type Clock } from '../platform/clock.js';
import type { Actor } from '../identity/domain/index.js';
import type { Db } from '../platform/db/database.js';
import { authorize } from '../identity/index.js';
import { loadPipeline, moveByBuiltInRule, type StatusChangeResult } from '../pipeline/index.js';
import { LIMITS, id, optionalText, parseInput } from '../platform/input/input.js';
import { appendActivity, lockLiveCompany, assertDecisionMakerOf } from '../pipeline/index.js';
import { publishCompanyChange } from '../platform/events/company-changes.js';
import { toActivityView, type ActivityView } from '../pipeline/index.js';

export const logOutreachInput = z
  .object({
    companyId: id,
    channel: z.enum(OUTREACH_CHANNELS),
    /** The decision maker the message went to, if known. */
    decisionMakerId: id.optional(),
    /** The message or a summary of it. */
    description: optionalText(LIMITS.description, { multiline: true }),
  })
  .strict();

export interface OutreachResult {
  activity: ActivityView;
  /** The automatic move the outreach caused (Prospect → Contacted), if any. */
  statusChange: StatusChangeResult | null;
}

/**
 * Records outreach sent to a company (SPEC R2.6). The first outreach to a
 * Prospect moves it to Contacted in the same transaction; that change has
 * no user and says it was automatic.
 */
export async function logOutreach(
  db: Db,
  actor: Actor,
  input: z.input<typeof logOutreachInput>,
  clock: Clock = systemClock,
): Promise<OutreachResult> {
  authorize(actor, 'companies:edit');
  const request = parseInput(logOutreachInput, input);
  const result = await db.transaction().execute(async (trx) => {
    const company = await lockLiveCompany(trx, actor.agencyId, request.companyId);
    if (request.decisionMakerId) await assertDecisionMakerOf(trx, company.global_company_id, request.decisionMakerId);
    const now = clock();
    const activity = await appendActivity(trx, {
      agencyId: actor.agencyId,
      companyId: company.id,
      type: 'outreach_sent',
      userId: actor.userId,
      createdAt: now,
      description: request.description,
      extraData: { channel: request.channel, ...(request.decisionMakerId ? { decisionMakerId: request.decisionMakerId } : {}) },
    });
    // The template's built-in rule (first outreach → Contacted) moves it through the gates like any other move; one a gate refuses is not made (the outreach still is).
    const statusChange = await moveByBuiltInRule(
      trx,
      company,
      await loadPipeline(trx, actor.agencyId, company.pipeline_id),
      { key: 'onOutreach', eventKey: `activity:${activity.id}`, reason: () => AUTOMATIC_OUTREACH_DESCRIPTION },
      now,
    );
    return { activity: toActivityView(activity), statusChange };
  });
  publishCompanyChange({ agencyId: actor.agencyId, companyId: request.companyId, kind: result.statusChange ? 'status_changed' : 'outreach_logged' });
  return result;
}
