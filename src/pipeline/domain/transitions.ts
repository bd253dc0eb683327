import { gatesRequired, invalidTransition, validationError, type DomainError } from '../../platform/errors.js';
import { fieldValueIssues, missingGates, type FieldValue, type GateInput } from './gates.js';
import { BUILT_IN_RULE_NAMES, findStage, stageKeys, type BuiltInRuleKey, type PipelineDefinition } from './pipeline.js';

/** Active stage keys a record in `from` may move to; empty for an unknown stage. */
export function allowedTransitions(pipeline: PipelineDefinition, from: string): readonly string[] {
  const next = findStage(pipeline, from)?.next ?? [];
  return next.filter((key) => findStage(pipeline, key)?.active === true);
}

export interface TransitionRequest {
  from: string;
  to: string;
  gates?: GateInput | undefined;
  /** The record's stored field values: a field gate is met by a value already there. */
  storedFields?: Readonly<Record<string, unknown>> | undefined;
  /** An admin's override: any active stage, outside the graph (the target's own gates still apply). */
  override?: boolean | undefined;
}

/**
 * Checks a requested move against the pipeline's transition map and the
 * gates. Returns the error to raise, or null when the move is legal. Moving
 * to the same stage is never a transition, and an archived stage takes no
 * records, override or not.
 */
export function validateTransition(
  pipeline: PipelineDefinition,
  request: TransitionRequest,
): DomainError<'INVALID_TRANSITION' | 'LOSS_REASON_REQUIRED' | 'GATES_REQUIRED'> | null {
  const allowed = allowedTransitions(pipeline, request.from);
  const target = findStage(pipeline, request.to);
  const inGraph = allowed.includes(request.to) || (request.override === true && request.from !== request.to);
  if (!target?.active || !inGraph) return invalidTransition(request.from, request.to, allowed);
  const missing = missingGates(pipeline, request.from, request.to, request.gates ?? {}, request.storedFields, { override: request.override });
  return missing.length > 0 ? gatesRequired(request.to, missing) : null;
}

export interface StatusChangeCommand {
  to: string;
  description?: string | undefined;
  gates?: GateInput | undefined;
  /**
   * A move the system makes on its own (no user). `rule` names the trigger
   * rule that made it (extra_data.ruleId / ruleName); `builtIn` the
   * template's built-in rule (extra_data.builtInRule / ruleName).
   */
  automatic?: { reason: string; rule?: { id: string; name: string } | undefined; builtIn?: BuiltInRuleKey | undefined } | undefined;
  /** An admin's move outside the graph, with the reason the timeline shows. */
  override?: { reason: string } | undefined;
}

/** Where the record stands before the move. */
export interface RecordState {
  status: string;
  fields: Readonly<Record<string, unknown>>;
}

/** The activity and new state a legal status change produces. */
export interface StatusChangeDecision {
  status: string;
  changedAt: Date;
  /** The record's field values after the move (stored with it). */
  fields: Record<string, FieldValue>;
  /** The day to resume, while on hold; null otherwise. */
  resumeAt: string | null;
  activity: {
    activityType: 'status_change';
    oldStatus: string;
    newStatus: string;
    description: string | null;
    extraData: Record<string, unknown>;
  };
}

/**
 * Decides a status change: throws the typed error for an unknown stage,
 * bad field values, an illegal move or an unmet gate, otherwise returns
 * what to record. Pure: the clock is passed in.
 */
export function decideStatusChange(pipeline: PipelineDefinition, record: RecordState, command: StatusChangeCommand, now: Date): StatusChangeDecision {
  if (!findStage(pipeline, command.to)) {
    throw validationError([{ path: 'status', message: `unknown stage '${command.to}'; stages are ${stageKeys(pipeline).join(', ')}` }]);
  }
  const gates = command.gates ?? {};
  const issues = fieldValueIssues(pipeline.fields, gates.fields ?? {});
  if (issues.length > 0) throw validationError(issues);
  const error = validateTransition(pipeline, {
    from: record.status,
    to: command.to,
    gates,
    storedFields: record.fields,
    override: command.override !== undefined,
  });
  if (error) throw error;

  const target = findStage(pipeline, command.to)!;
  const extraData: Record<string, unknown> = { ...(gates.lossReason ?? {}) };
  if (target.outcome === 'on_hold' && gates.hold) {
    extraData.holdReason = gates.hold.reason.trim();
    extraData.resumeAt = gates.hold.resumeAt;
  }
  if (gates.skipReason?.trim()) extraData.skipReason = gates.skipReason.trim();
  // Only the items this move was asked for are recorded as ticked.
  const asked = new Set(target.checklist.map((item) => `${target.key}.${item.key}`));
  for (const item of findStage(pipeline, record.status)?.checklist ?? []) asked.add(`${record.status}.${item.key}`);
  const ticked = (gates.checklist ?? []).filter((key) => asked.has(key));
  if (ticked.length > 0) extraData.checklist = [...new Set(ticked)];
  if (gates.fields && Object.keys(gates.fields).length > 0) extraData.fields = gates.fields;
  if (command.override) extraData.override = { reason: command.override.reason };
  if (command.automatic) extraData.automatic = true;
  if (command.automatic?.rule) {
    extraData.ruleId = command.automatic.rule.id;
    extraData.ruleName = command.automatic.rule.name;
  }
  if (command.automatic?.builtIn) {
    extraData.builtInRule = command.automatic.builtIn;
    extraData.ruleName = BUILT_IN_RULE_NAMES[command.automatic.builtIn];
  }
  const description = command.description ?? command.automatic?.reason ?? command.override?.reason ?? null;
  return {
    status: command.to,
    changedAt: now,
    fields: mergeFields(record.fields, gates.fields),
    resumeAt: target.outcome === 'on_hold' ? (gates.hold?.resumeAt ?? null) : null,
    activity: { activityType: 'status_change', oldStatus: record.status, newStatus: command.to, description, extraData },
  };
}

/** Stored values with the new ones applied; a null clears a value. */
export function mergeFields(stored: Readonly<Record<string, unknown>>, updates: Readonly<Record<string, FieldValue | null>> = {}): Record<string, FieldValue> {
  const merged: Record<string, FieldValue> = {};
  for (const [key, value] of Object.entries({ ...stored, ...updates })) {
    if (typeof value === 'string' || typeof value === 'number') merged[key] = value;
  }
  return merged;
}

/** The stage and `company_tracked` activity a record gets when it enters (or re-enters) the pipeline. */
export interface EntryDecision {
  status: string;
  changedAt: Date;
  activity: {
    activityType: 'company_tracked';
    oldStatus: string | null;
    newStatus: string;
    description: string;
    extraData: Record<string, unknown>;
  };
}

/**
 * Decides a record's entry into a pipeline (SPEC R2.3): it starts at the
 * pipeline's entry stage. A record followed again (`previousStatus` set)
 * keeps its history, and the entry says where it stood and that it was
 * restored.
 */
export function decidePipelineEntry(pipeline: PipelineDefinition, companyName: string, previousStatus: string | null, now: Date): EntryDecision {
  const restored = previousStatus !== null;
  return {
    status: pipeline.entryStage,
    changedAt: now,
    activity: {
      activityType: 'company_tracked',
      oldStatus: previousStatus,
      newStatus: pipeline.entryStage,
      description: restored ? `Followed again: ${companyName}` : `Started following ${companyName}`,
      extraData: restored ? { restored: true } : {},
    },
  };
}

/**
 * The move a template's built-in rule makes on its own from `currentStatus`
 * (onOutreach, seed 000: the first outreach to a Prospect moves it to
 * Contacted; whenJobsClosed, seed 003: Active → Dormant once its jobs have
 * all closed), or null when the pipeline has no such rule or it does not
 * apply in that stage.
 */
export function builtInMove(pipeline: PipelineDefinition, key: BuiltInRuleKey, currentStatus: string): string | null {
  const rule = pipeline.automations[key];
  return rule && rule.from === currentStatus ? rule.to : null;
}
