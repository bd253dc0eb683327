import { z } from 'zod';
import type { Actor } from '../identity/domain/index.js';
import { authorize } from '../identity/index.js';
import { systemClock, type Clock } from '../platform/clock.js';
import type { Db } from '../platform/db/database.js';
import { parseInput } from '../platform/input/input.js';
import type { RuleView } from './automation.schemas.js';
import { checkRule, ruleFields } from './rule-input.js';
import { findRule } from './rule-view.js';
import { forgetRules } from './enabled-rules.js';

export const createRuleInput = z.object(ruleFields).strict();

/** Defines a trigger rule (SPEC R4.6; admins: triggers:manage). */
export async function createRule(db: Db, actor: Actor, input: z.input<typeof createRuleInput>, clock: Clock = systemClock): Promise<RuleView> {
  authorize(actor, 'triggers:manage');
  const request = parseInput(createRuleInput, input);
  const view = await db.transaction().execute(async (trx) => {
    await checkRule(trx, actor.agencyId, request);
    const now = clock();
    const row = await trx
      .insertInto('automation_rules')
      .values({
        agency_id: actor.agencyId,
        name: request.name,
        pipeline_kind: request.pipelineKind,
        pipeline_id: request.pipelineId ?? null,
        event: JSON.stringify(request.event),
        conditions: JSON.stringify(request.conditions),
        actions: JSON.stringify(request.actions),
        enabled: request.enabled,
        created_by: actor.userId,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return (await findRule(trx, actor.agencyId, row.id))!;
  });
  // After the commit: a copy read in between would otherwise be kept (enabled-rules.ts).
  forgetRules(actor.agencyId);
  return view;
}
