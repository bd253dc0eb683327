/*
 * Trigger rules (SPEC R4.6), pure: what a rule is, which events and
 * conditions it names, and whether an event that happened to a record
 * matches it. No I/O: the engine (../engine.ts) reads the record's facts
 * and performs the actions.
 */

/** The records rules act on; each kind plugs in its own adapter (../records.ts). */
export const RECORD_KINDS = ['company', 'lead', 'opportunity'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

export interface RecordRef {
  kind: RecordKind;
  id: string;
}

export type RuleEvent =
  | { type: 'record_created' }
  | { type: 'added_to_group'; groupId: string }
  | { type: 'stage_changed'; stage: string }
  | { type: 'stage_group_changed'; group: string }
  /** Time-based: nothing on the record's timeline for more than `days` days. */
  | { type: 'idle'; days: number }
  /** Companies only: new jobs of the company arrived. */
  | { type: 'new_jobs' }
  /** Companies only: all the company's jobs have closed, one of them since the record entered its stage. */
  | { type: 'all_jobs_closed' };

export type RuleEventType = RuleEvent['type'];
export const RULE_EVENT_TYPES = ['record_created', 'added_to_group', 'stage_changed', 'stage_group_changed', 'idle', 'new_jobs', 'all_jobs_closed'] as const satisfies readonly RuleEventType[];
/** Events found by the periodic job rather than by an appended activity. */
export const SCANNED_EVENT_TYPES = ['idle', 'new_jobs', 'all_jobs_closed'] as const satisfies readonly RuleEventType[];
/** Events only companies have (they come from the shared market's jobs). */
export const COMPANY_ONLY_EVENTS: readonly RuleEventType[] = ['new_jobs', 'all_jobs_closed'];

export const FIELD_OPERATORS = ['equals', 'not_equals', 'greater_than', 'less_than', 'is_set', 'is_not_set'] as const;
export type FieldOperator = (typeof FIELD_OPERATORS)[number];

export type RuleCondition =
  | { type: 'field'; field: string; operator: FieldOperator; value?: string | number | boolean | undefined }
  | { type: 'owner'; userIds: string[] }
  | { type: 'branch'; branchIds: string[] }
  | { type: 'pipeline'; pipelineIds: string[] }
  | { type: 'stage'; stages: string[] };

export type RuleAction =
  | { type: 'add_to_group'; groupId: string }
  | { type: 'remove_from_group'; groupId: string }
  | { type: 'change_stage'; stage: string }
  /** A reminder for the record's owner (no `userId`) or a named user, due in `dueInDays` days. */
  | { type: 'create_task'; userId?: string | undefined; dueInDays: number; note?: string | undefined }
  /** An in-app notification to the named users and/or the owner, through the outbox. */
  | { type: 'notify'; userIds: string[]; owner: boolean; message: string };

/** What happened to a record. */
export type OccurredEvent =
  | { type: 'record_created' }
  | { type: 'added_to_group'; groupId: string }
  | { type: 'stage_changed'; to: string; fromGroup: string | null; toGroup: string | null }
  | { type: 'idle' }
  | { type: 'new_jobs' }
  | { type: 'all_jobs_closed' };

/** The event a timeline entry is (by its type and new stage): the two timelines name the record's start differently (a company is followed or imported; a dossier is created). */
export function eventTypeOfEntry(timeline: 'company' | 'dossier', entry: { activity_type: string; new_status: string | null }): 'record_created' | 'added_to_group' | 'stage_changed' | null {
  switch (entry.activity_type) {
    case 'company_tracked':
    case 'imported':
      return timeline === 'company' ? 'record_created' : null;
    case 'created':
      return timeline === 'dossier' ? 'record_created' : null;
    case 'group_added':
      return 'added_to_group';
    case 'status_change':
    case 'pipeline_changed':
      return entry.new_status === null ? null : 'stage_changed';
    default:
      return null;
  }
}

/** The rule event types an event of this type may match (a stage change may also change the stage group). */
export function ruleEventTypesFor(type: OccurredEvent['type']): readonly RuleEventType[] {
  return type === 'stage_changed' ? ['stage_changed', 'stage_group_changed'] : [type];
}

/** Whether the rule's event is this one. */
export function eventMatches(rule: RuleEvent, event: OccurredEvent): boolean {
  switch (rule.type) {
    case 'record_created':
    case 'new_jobs':
    case 'all_jobs_closed':
    case 'idle':
      return event.type === rule.type;
    case 'added_to_group':
      return event.type === 'added_to_group' && event.groupId === rule.groupId;
    case 'stage_changed':
      return event.type === 'stage_changed' && event.to === rule.stage;
    case 'stage_group_changed':
      return event.type === 'stage_changed' && event.toGroup === rule.group && event.fromGroup !== event.toGroup;
  }
}

/** What conditions are checked against. */
export interface RecordFacts {
  kind: RecordKind;
  id: string;
  pipelineId: string;
  stage: string;
  ownerId: string | null;
  branchId: string | null;
  /** Built-in fields (e.g. expectedValue, favorited) and the pipeline's own, by key. */
  fields: Record<string, unknown>;
}

/** Whether every condition holds for the record. */
export function conditionsHold(conditions: readonly RuleCondition[], facts: RecordFacts): boolean {
  return conditions.every((condition) => conditionHolds(condition, facts));
}

function conditionHolds(condition: RuleCondition, facts: RecordFacts): boolean {
  switch (condition.type) {
    case 'owner':
      return facts.ownerId !== null && condition.userIds.includes(facts.ownerId);
    case 'branch':
      return facts.branchId !== null && condition.branchIds.includes(facts.branchId);
    case 'pipeline':
      return condition.pipelineIds.includes(facts.pipelineId);
    case 'stage':
      return condition.stages.includes(facts.stage);
    case 'field':
      return fieldHolds(facts.fields[condition.field], condition.operator, condition.value);
  }
}

function fieldHolds(actual: unknown, operator: FieldOperator, expected: string | number | boolean | undefined): boolean {
  const set = actual !== null && actual !== undefined && actual !== '';
  switch (operator) {
    case 'is_set':
      return set;
    case 'is_not_set':
      return !set;
    case 'equals':
      return set && String(actual).toLowerCase() === String(expected).toLowerCase();
    case 'not_equals':
      return !set || String(actual).toLowerCase() !== String(expected).toLowerCase();
    case 'greater_than':
    case 'less_than': {
      const a = Number(actual);
      const b = Number(expected);
      if (!set || Number.isNaN(a) || Number.isNaN(b)) return false;
      return operator === 'greater_than' ? a > b : a < b;
    }
  }
}

/** How deep automatic consequences may chain (an action's event firing rules, whose actions fire rules …). */
export const MAX_DEPTH = 3;

/** Whether the record has been idle (no timeline entry) for more than `days` days at `now`. */
export function isIdle(lastModifiedAt: Date, days: number, now: Date): boolean {
  return now.getTime() - lastModifiedAt.getTime() > days * 86_400_000;
}
