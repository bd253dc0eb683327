import { gatesRequired, invalidTransition, validationError } from '../../platform/errors.js';
import { fieldValueIssues, missingGates, type FieldValue, type GateInput } from './gates.js';
import { activeStages, findStage, type Pipeline } from './pipeline.js';
import { mergeFields, type RecordState } from './transitions.js';

/** What moving a record to another pipeline records. */
export interface PipelineChangeDecision {
  status: string;
  changedAt: Date;
  fields: Record<string, FieldValue>;
  resumeAt: string | null;
  activity: {
    activityType: 'pipeline_changed';
    oldStatus: string;
    newStatus: string;
    description: string | null;
    extraData: Record<string, unknown>;
  };
}

/**
 * Decides moving a record from one pipeline to a stage of another (an
 * explicit action with a stage mapping): the target must be another live
 * pipeline of the same kind and the stage an active one of it, and the
 * stage's own gates apply (its requirements and entry criteria). Field
 * values the target pipeline does not know are left behind.
 */
export function decidePipelineChange(
  from: Pipeline,
  to: Pipeline,
  record: RecordState,
  command: { stage: string; gates?: GateInput | undefined; description?: string | undefined },
  now: Date,
): PipelineChangeDecision {
  if (from.id === to.id) throw validationError([{ path: 'pipelineId', message: 'the record is in this pipeline already' }]);
  if (to.archived) throw validationError([{ path: 'pipelineId', message: 'the pipeline is archived' }]);
  if (to.kind !== from.kind) throw validationError([{ path: 'pipelineId', message: `a ${from.kind} record cannot move to a ${to.kind} pipeline` }]);
  const target = findStage(to, command.stage);
  if (!target?.active) throw invalidTransition(record.status, command.stage, activeStages(to).map((s) => s.key));
  const gates = command.gates ?? {};
  const issues = fieldValueIssues(to.fields, gates.fields ?? {});
  if (issues.length > 0) throw validationError(issues);
  const known = new Set(to.fields.map((f) => f.key));
  const kept = Object.fromEntries(Object.entries(record.fields).filter(([key]) => known.has(key)));
  const missing = missingGates(to, '', command.stage, gates, kept);
  if (missing.length > 0) throw gatesRequired(command.stage, missing);
  const extraData: Record<string, unknown> = { fromPipelineId: from.id, fromPipelineVersion: from.version, toPipelineId: to.id, ...(gates.lossReason ?? {}) };
  if (target.outcome === 'on_hold' && gates.hold) Object.assign(extraData, { holdReason: gates.hold.reason.trim(), resumeAt: gates.hold.resumeAt });
  return {
    status: command.stage,
    changedAt: now,
    fields: mergeFields(kept, gates.fields),
    resumeAt: target.outcome === 'on_hold' ? (gates.hold?.resumeAt ?? null) : null,
    activity: {
      activityType: 'pipeline_changed',
      oldStatus: record.status,
      newStatus: command.stage,
      description: command.description ?? null,
      extraData,
    },
  };
}
