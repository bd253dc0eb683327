import { z } from 'zod';
import type { Actor } from '../identity/domain/index.js';
import { authorize } from '../identity/index.js';
import { systemClock, type Clock } from '../platform/clock.js';
import type { Db } from '../platform/db/database.js';
import { notFound, validationError } from '../platform/errors.js';
import { id, parseInput } from '../platform/input/input.js';
import type { RuleView } from './automation.schemas.js';
import { checkRule, ruleFields } from './rule-input.js';
import { findRule } from './rule-view.js';
import { forgetRules } from './enabled-rules.js';

export const updateRuleInput = z
  .object({
    ruleId: id,
    name: ruleFields.name.optional(),
    pipelineKind: ruleFields.pipelineKind.optional(),
    pipelineId: ruleFields.pipelineId,
    event: ruleFields.event.optional(),
    conditions: z.array(ruleFields.conditions.unwrap().element).max(20, { error: 'must be at most 20' }).optional(),
    actions: ruleFields.actions.optional(),
    /** Switch the rule off (false) or on again. */
    enabled: z.boolean().optional(),
  })
  .strict();

/**
 * Edits a rule or switches it off and on (admins). A rule switched off
 * fires no more; its firings stay listed. Its firing log keys on the rule,
 * so an edited rule does not fire again for an event it already fired for.
 */
export async function updateRule(db: Db, actor: Actor, input: z.input<typeof updateRuleInput>, clock: Clock = systemClock): Promise<RuleView> {
  authorize(actor, 'triggers:manage');
  const { ruleId, ...change } = parseInput(updateRuleInput, input);
  if (Object.values(change).every((value) => value === undefined)) throw validationError([{ path: '', message: 'nothing to change' }]);
  const view = await db.transaction().execute(async (trx) => {
    const current = await trx.selectFrom('automation_rules').selectAll().where('agency_id', '=', actor.agencyId).where('id', '=', ruleId).forUpdate().executeTakeFirst();
    if (!current) throw notFound('Rule', ruleId);
    const next = {
      pipelineKind: change.pipelineKind ?? current.pipeline_kind,
      pipelineId: change.pipelineId === undefined ? current.pipeline_id : change.pipelineId,
      event: change.event ?? current.event,
      conditions: change.conditions ?? current.conditions,
      actions: change.actions ?? current.actions,
    };
    await checkRule(trx, actor.agencyId, next);
    await trx
      .updateTable('automation_rules')
      .set({
        name: change.name ?? current.name,
        pipeline_kind: next.pipelineKind,
        pipeline_id: next.pipelineId,
        event: JSON.stringify(next.event),
        conditions: JSON.stringify(next.conditions),
        actions: JSON.stringify(next.actions),
        enabled: change.enabled ?? current.enabled,
        updated_at: clock(),
      })
      .where('agency_id', '=', actor.agencyId)
      .where('id', '=', ruleId)
      .execute();
    return (await findRule(trx, actor.agencyId, ruleId))!;
  });
  // After the commit: a copy read in between would otherwise be kept (enabled-rules.ts).
  forgetRules(actor.agencyId);
  return view;
}
