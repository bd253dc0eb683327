import type { Executor } from '../platform/db/database.js';
import { DAY_MS } from '../platform/time/days.js';
import type { RecordFacts, RecordRef, RuleAction } from './domain/index.js';
import type { AutomationRuleRow } from './automation.tables.js';
import { changeMembershipByRule, type MembershipWrite } from './group-membership.js';
import type { RecordAdapter, RuleRef } from './records.js';

/** What one action of a firing did: done, skipped (nothing to do) or refused (e.g. a gate), with why. */
export interface ActionOutcome {
  type: string;
  outcome: 'done' | 'skipped' | 'refused';
  detail?: string;
}

/**
 * Performs a rule's actions on the record, in order, in the event's
 * transaction. Each automatic change is on the record's timeline, with no
 * user and naming the rule. A stage move the graph or a gate refuses is not
 * forced: it is reported as refused and the other actions still run.
 */
export async function performActions(
  trx: Executor,
  adapter: RecordAdapter,
  agencyId: string,
  record: RecordRef,
  rule: AutomationRuleRow,
  /** Read when the rule needed them (always when it gives a task or notifies). */
  facts: RecordFacts | null,
  now: Date,
  /** What the first action's statement found, when that statement already ran (a group change rides in the firing's claim). */
  leading?: MembershipWrite,
): Promise<ActionOutcome[]> {
  const ref: RuleRef = { id: rule.id, name: rule.name };
  // Facts read for the conditions serve the actions too (the owner for a task or notification).
  const outcomes: ActionOutcome[] = [];
  for (const [i, action] of rule.actions.entries()) outcomes.push(await perform(trx, adapter, agencyId, record, rule, ref, facts, action, now, i === 0 ? leading : undefined));
  return outcomes;
}

async function perform(
  trx: Executor,
  adapter: RecordAdapter,
  agencyId: string,
  record: RecordRef,
  rule: AutomationRuleRow,
  ref: RuleRef,
  facts: RecordFacts | null,
  action: RuleAction,
  now: Date,
  written: MembershipWrite | undefined,
): Promise<ActionOutcome> {
  switch (action.type) {
    case 'add_to_group':
    case 'remove_from_group': {
      const result = await changeMembershipByRule(trx, adapter, agencyId, record, action.groupId, action.type === 'add_to_group' ? 'add' : 'remove', ref, now, written);
      if (result.outcome === 'missing') return { type: action.type, outcome: 'refused', detail: 'the group no longer exists' };
      return { type: action.type, outcome: result.outcome === 'changed' ? 'done' : 'skipped', detail: result.group!.name };
    }
    case 'change_stage': {
      const result = await adapter.moveStage(trx, agencyId, record.id, action.stage, ref, now);
      return result.moved
        ? { type: action.type, outcome: 'done', detail: action.stage }
        : { type: action.type, outcome: result.refusal === 'already in the stage' ? 'skipped' : 'refused', detail: result.refusal ?? `the move to ${action.stage} was refused` };
    }
    case 'create_task': {
      const userId = action.userId ?? facts?.ownerId ?? null;
      if (!userId) return { type: action.type, outcome: 'refused', detail: 'the record has no owner' };
      if (!(await activeUser(trx, agencyId, userId))) return { type: action.type, outcome: 'refused', detail: 'the user is deactivated or gone' };
      const dueAt = new Date(now.getTime() + action.dueInDays * DAY_MS);
      const note = action.note ? `${action.note} (trigger "${rule.name}")` : `Trigger "${rule.name}"`;
      await adapter.createTask(trx, agencyId, record.id, { userId, dueAt, note, createdBy: rule.created_by }, now);
      await adapter.appendEntry(
        trx,
        agencyId,
        record.id,
        {
          type: 'automation_action',
          userId: null,
          description: `Task for a colleague, due in ${action.dueInDays} days, by the trigger rule "${rule.name}".`,
          extraData: { action: 'create_task', automatic: true, ruleId: rule.id, ruleName: rule.name, userId, dueAt: dueAt.toISOString() },
        },
        now,
      );
      return { type: action.type, outcome: 'done', detail: userId };
    }
    case 'notify': {
      const wanted = new Set(action.userIds);
      if (action.owner && facts?.ownerId) wanted.add(facts.ownerId);
      const recipients = [];
      for (const userId of wanted) if (await activeUser(trx, agencyId, userId)) recipients.push(userId);
      if (recipients.length === 0) return { type: action.type, outcome: 'refused', detail: 'no active user to notify' };
      // The outbox row commits with the event or not at all; the drain job sends it (drain-outbox.ts).
      await trx
        .insertInto('automation_outbox')
        .values(recipients.map((userId) => ({ agency_id: agencyId, rule_id: rule.id, user_id: userId, ...(record.kind === 'company' ? { company_id: record.id } : { dossier_id: record.id }), payload: JSON.stringify({ ruleName: rule.name, message: action.message }), created_at: now })))
        .execute();
      await adapter.appendEntry(
        trx,
        agencyId,
        record.id,
        { type: 'automation_action', userId: null, description: `Notified ${recipients.length} colleague(s): ${action.message}`, extraData: { action: 'notify', automatic: true, ruleId: rule.id, ruleName: rule.name, userIds: recipients } },
        now,
      );
      return { type: action.type, outcome: 'done', detail: `${recipients.length}` };
    }
  }
}

async function activeUser(trx: Executor, agencyId: string, userId: string): Promise<boolean> {
  const user = await trx.selectFrom('users').select('deactivated_at').where('agency_id', '=', agencyId).where('id', '=', userId).executeTakeFirst();
  return user !== undefined && user.deactivated_at === null;
}
