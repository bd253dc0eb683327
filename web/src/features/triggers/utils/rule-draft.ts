import type { Rule, RuleBody } from '../hooks/useTriggers';

/*
 * The rule form's state: flat strings the inputs hold, turned into the
 * API's rule (and back, to edit one). The server checks the rule; the form
 * only shapes it.
 */

export const EVENT_TYPES = ['record_created', 'added_to_group', 'stage_changed', 'stage_group_changed', 'idle', 'new_jobs', 'all_jobs_closed'] as const;
export type EventType = (typeof EVENT_TYPES)[number];
/** The kinds of records a rule can act on: the pipeline kinds. */
export const RULE_KINDS = ['clients', 'leads', 'opportunities'] as const;
export type RuleKind = (typeof RULE_KINDS)[number];
/** Events only companies have (their jobs in the shared market); leads and opportunities have no jobs of their own. */
const COMPANY_ONLY_EVENTS: readonly EventType[] = ['new_jobs', 'all_jobs_closed'];

/** The events a rule for this kind of record can have. */
export function eventTypesFor(kind: RuleKind): readonly EventType[] {
  return kind === 'clients' ? EVENT_TYPES : EVENT_TYPES.filter((type) => !COMPANY_ONLY_EVENTS.includes(type));
}
export const CONDITION_TYPES = ['stage', 'owner', 'field'] as const;
export type ConditionType = (typeof CONDITION_TYPES)[number];
export const OPERATORS = ['equals', 'not_equals', 'greater_than', 'less_than', 'is_set', 'is_not_set'] as const;
export type Operator = (typeof OPERATORS)[number];
export const ACTION_TYPES = ['add_to_group', 'remove_from_group', 'change_stage', 'create_task', 'notify'] as const;
export type ActionType = (typeof ACTION_TYPES)[number];

export interface DraftCondition {
  type: ConditionType;
  stage: string;
  userId: string;
  field: string;
  operator: Operator;
  value: string;
}

export interface DraftAction {
  type: ActionType;
  groupId: string;
  stage: string;
  /** create_task: '' for the owner; notify: the colleague ('' for none). */
  userId: string;
  dueInDays: string;
  note: string;
  owner: boolean;
  message: string;
}

export interface RuleDraft {
  name: string;
  /** The kind of records it acts on. */
  pipelineKind: RuleKind;
  /** '' for every pipeline of that kind. */
  pipelineId: string;
  event: { type: EventType; groupId: string; stage: string; group: string; days: string };
  conditions: DraftCondition[];
  actions: DraftAction[];
}

export const emptyCondition = (): DraftCondition => ({ type: 'stage', stage: '', userId: '', field: '', operator: 'equals', value: '' });
export const emptyAction = (): DraftAction => ({ type: 'add_to_group', groupId: '', stage: '', userId: '', dueInDays: '1', note: '', owner: true, message: '' });

export function emptyDraft(): RuleDraft {
  return { name: '', pipelineKind: 'clients', pipelineId: '', event: { type: 'record_created', groupId: '', stage: '', group: '', days: '14' }, conditions: [], actions: [emptyAction()] };
}

/** A number the user typed, or NaN (which the server refuses with a field error). */
const num = (text: string) => (text.trim() === '' ? Number.NaN : Number(text));

/** The API body of the draft. */
export function bodyOf(draft: RuleDraft): RuleBody {
  const e = draft.event;
  const event =
    e.type === 'added_to_group' ? { type: e.type, groupId: e.groupId }
    : e.type === 'stage_changed' ? { type: e.type, stage: e.stage }
    : e.type === 'stage_group_changed' ? { type: e.type, group: e.group }
    : e.type === 'idle' ? { type: e.type, days: num(e.days) }
    : { type: e.type };
  const conditions = draft.conditions.map((c) =>
    c.type === 'stage' ? { type: 'stage' as const, stages: [c.stage] }
    : c.type === 'owner' ? { type: 'owner' as const, userIds: [c.userId] }
    : { type: 'field' as const, field: c.field, operator: c.operator, ...(c.operator === 'is_set' || c.operator === 'is_not_set' ? {} : { value: fieldValue(c.value) }) },
  );
  const actions = draft.actions.map((a) =>
    a.type === 'add_to_group' || a.type === 'remove_from_group' ? { type: a.type, groupId: a.groupId }
    : a.type === 'change_stage' ? { type: a.type, stage: a.stage }
    : a.type === 'create_task' ? { type: a.type, dueInDays: num(a.dueInDays), ...(a.userId ? { userId: a.userId } : {}), ...(a.note.trim() ? { note: a.note.trim() } : {}) }
    : { type: a.type, userIds: a.userId ? [a.userId] : [], owner: a.owner, message: a.message },
  );
  return { name: draft.name, pipelineKind: draft.pipelineKind, pipelineId: draft.pipelineId || null, event, conditions, actions } as RuleBody;
}

/** A typed value: a number stays a number, true/false a boolean, anything else text. */
function fieldValue(text: string): string | number | boolean {
  const trimmed = text.trim();
  if (trimmed === 'true' || trimmed === 'false') return trimmed === 'true';
  return trimmed !== '' && !Number.isNaN(Number(trimmed)) ? Number(trimmed) : trimmed;
}

/** The draft of an existing rule, to edit it. */
export function draftOf(rule: Rule): RuleDraft {
  const e = rule.event as Record<string, unknown> & { type: EventType };
  const draft = emptyDraft();
  draft.name = rule.name;
  draft.pipelineKind = rule.pipelineKind;
  draft.pipelineId = rule.pipelineId ?? '';
  draft.event = { type: e.type, groupId: String(e.groupId ?? ''), stage: String(e.stage ?? ''), group: String(e.group ?? ''), days: e.days === undefined ? '14' : String(e.days) };
  draft.conditions = rule.conditions.flatMap((c): DraftCondition[] => {
    if (c.type === 'stage') return c.stages.map((stage) => ({ ...emptyCondition(), type: 'stage', stage }));
    if (c.type === 'owner') return c.userIds.map((userId) => ({ ...emptyCondition(), type: 'owner', userId }));
    if (c.type === 'field') return [{ ...emptyCondition(), type: 'field', field: c.field, operator: c.operator, value: c.value === undefined ? '' : String(c.value) }];
    return [];
  });
  draft.actions = rule.actions.map((a): DraftAction => {
    const base = emptyAction();
    switch (a.type) {
      case 'add_to_group':
      case 'remove_from_group':
        return { ...base, type: a.type, groupId: a.groupId };
      case 'change_stage':
        return { ...base, type: a.type, stage: a.stage };
      case 'create_task':
        return { ...base, type: a.type, userId: a.userId ?? '', dueInDays: String(a.dueInDays), note: a.note ?? '' };
      case 'notify':
        return { ...base, type: a.type, userId: a.userIds[0] ?? '', owner: a.owner, message: a.message };
    }
  });
  return draft;
}
