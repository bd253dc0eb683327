import type { Executor } from '../platform/db/database.js';
import type { BuiltInFiring } from '../pipeline/index.js';

/**
 * Logs a built-in rule's move or refusal in the firing log beside the
 * agency's own rules (Settings → Triggers shows them), in the transaction
 * of the move. Once per rule, record and event: a jobs-closed move a gate
 * keeps refusing is retried by every run but logged once per wait.
 */
export async function logBuiltInFiring(trx: Executor, firing: BuiltInFiring): Promise<void> {
  await trx
    .insertInto('automation_firings')
    .values({
      agency_id: firing.agencyId,
      rule_id: null,
      pipeline_id: firing.pipelineId,
      built_in_key: firing.key,
      record_kind: firing.record.kind,
      record_id: firing.record.id,
      event_key: firing.eventKey,
      fired_at: firing.now,
      outcome: firing.refusal === null ? 'done' : 'refused',
      details: JSON.stringify({ actions: [{ type: 'change_stage', outcome: firing.refusal === null ? 'done' : 'refused', detail: firing.refusal ?? firing.to }] }),
    })
    .onConflict((oc) => oc.columns(['agency_id', 'pipeline_id', 'built_in_key', 'record_kind', 'record_id', 'event_key']).where('rule_id', 'is', null).doNothing())
    .execute();
}
