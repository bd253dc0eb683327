import { AsyncLocalStorage } from 'node:async_hooks';
import { sql } from 'kysely';
import type { Executor } from '../platform/db/database.js';
import type { ActivityRow } from '../pipeline/index.js';
import { conditionsHold, eventMatches, MAX_DEPTH, ruleEventTypesFor, type OccurredEvent, type RecordFacts, type RecordRef } from './domain/index.js';
import type { AutomationRuleRow } from './automation.tables.js';
import { performActions, type ActionOutcome } from './perform-actions.js';
import { recordAdapter, type RecordAdapter } from './records.js';
import { stageGroupOf } from './company-adapter.js';

/*
 * The rule engine (SPEC R4.6, docs/automation.md). Event-driven rules run
 * inside the transaction of their event — the appended activity — so the
 * change and its automatic consequences commit or fail together. A rule
 * fires at most once per record and event (automation_firings' unique key:
 * rule, record, event key), and automatic consequences chain at most
 * MAX_DEPTH deep: an action's own event fires rules one level deeper, and
 * at the limit a matching rule is recorded as refused instead of acting.
 */

/** How deep the actions being performed are (their events fire rules one level deeper). */
const depth = new AsyncLocalStorage<number>();

/** The activity hook the composition root installs (pipeline's setActivityHook): the appended activity's event fires its rules. */
export async function onActivity(trx: Executor, activity: ActivityRow): Promise<void> {
  const event = await eventOfActivity(trx, activity);
  if (!event) return;
  await fireRules(trx, activity.agency_id, { kind: 'company', id: activity.company_id }, event, `activity:${activity.id}`, activity.created_at);
}

async function eventOfActivity(trx: Executor, activity: ActivityRow): Promise<OccurredEvent | null> {
  switch (activity.activity_type) {
    case 'company_tracked':
    case 'imported':
      return { type: 'record_created' };
    case 'group_added':
      return typeof activity.extra_data.groupId === 'string' ? { type: 'added_to_group', groupId: activity.extra_data.groupId } : null;
    case 'status_change':
    case 'pipeline_changed': {
      if (activity.new_status === null) return null;
      const pipelineId = activity.pipeline_id;
      const toGroup = pipelineId ? await stageGroupOf(trx, activity.agency_id, pipelineId, activity.new_status) : null;
      const fromPipeline = activity.activity_type === 'pipeline_changed' && typeof activity.extra_data.fromPipelineId === 'string' ? activity.extra_data.fromPipelineId : pipelineId;
      const fromGroup = fromPipeline ? await stageGroupOf(trx, activity.agency_id, fromPipeline, activity.old_status) : null;
      return { type: 'stage_changed', to: activity.new_status, fromGroup, toGroup };
    }
    default:
      return null;
  }
}

/** The agency's enabled rules of the adapter's pipeline kind whose event type may match (one indexed read). */
async function candidateRules(trx: Executor, agencyId: string, adapter: RecordAdapter, event: OccurredEvent): Promise<AutomationRuleRow[]> {
  return trx
    .selectFrom('automation_rules')
    .selectAll()
    .where('agency_id', '=', agencyId)
    .where('pipeline_kind', '=', adapter.pipelineKind)
    .where('enabled', '=', true)
    .where(sql<string>`event ->> 'type'`, 'in', ruleEventTypesFor(event))
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

/**
 * Fires the agency's rules that match `event` on the record, each at most
 * once for `eventKey`, in `trx`. `rules`, when given, are the only ones
 * considered (the periodic job passes the rule it is scanning for).
 */
export async function fireRules(
  trx: Executor,
  agencyId: string,
  record: RecordRef,
  event: OccurredEvent,
  eventKey: string,
  now: Date,
  rules?: AutomationRuleRow[],
): Promise<number> {
  const adapter = recordAdapter(record.kind);
  if (!adapter) return 0;
  const candidates = rules ?? (await candidateRules(trx, agencyId, adapter, event));
  if (candidates.length === 0) return 0;
  const facts = await adapter.facts(trx, agencyId, record.id);
  if (!facts) return 0;
  let fired = 0;
  for (const rule of candidates) {
    if (!applies(rule, event, facts)) continue;
    if (await fireRule(trx, adapter, agencyId, record, rule, facts, eventKey, now)) fired++;
  }
  return fired;
}

function applies(rule: AutomationRuleRow, event: OccurredEvent, facts: RecordFacts): boolean {
  if (rule.pipeline_id !== null && rule.pipeline_id !== facts.pipelineId) return false;
  return eventMatches(rule.event, event) && conditionsHold(rule.conditions, facts);
}

async function fireRule(
  trx: Executor,
  adapter: RecordAdapter,
  agencyId: string,
  record: RecordRef,
  rule: AutomationRuleRow,
  facts: RecordFacts,
  eventKey: string,
  now: Date,
): Promise<boolean> {
  const level = depth.getStore() ?? 0;
  const tooDeep = level >= MAX_DEPTH;
  // The claim: a second firing for the same rule, record and event (another path, instance or retry) inserts nothing and does nothing.
  const claimed = await trx
    .insertInto('automation_firings')
    .values({
      agency_id: agencyId,
      rule_id: rule.id,
      record_kind: record.kind,
      record_id: record.id,
      event_key: eventKey,
      fired_at: now,
      outcome: tooDeep ? 'refused' : 'done',
      details: JSON.stringify({ actions: tooDeep ? [{ type: 'depth_limit', outcome: 'refused', detail: `automatic consequences chain at most ${MAX_DEPTH} deep` }] : [] }),
    })
    .onConflict((oc) => oc.columns(['agency_id', 'rule_id', 'record_kind', 'record_id', 'event_key']).doNothing())
    .returning('id')
    .executeTakeFirst();
  if (!claimed || tooDeep) return false;
  const outcomes: ActionOutcome[] = await depth.run(level + 1, () => performActions(trx, adapter, agencyId, record, rule, facts, now));
  await trx
    .updateTable('automation_firings')
    .set({ outcome: outcomes.some((o) => o.outcome === 'refused') ? 'refused' : 'done', details: JSON.stringify({ actions: outcomes }) })
    .where('agency_id', '=', agencyId)
    .where('id', '=', claimed.id)
    .execute();
  return true;
}
