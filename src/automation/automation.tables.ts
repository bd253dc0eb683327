import type { ColumnType, Generated, Selectable } from 'kysely';
import type { Timestamp } from '../platform/db/columns.js';
import type { RecordKind, RuleAction, RuleCondition, RuleEvent } from './domain/rules.js';
import type { BuiltInRuleKey, PipelineKind } from '../pipeline/domain/index.js';

/** A named group records can be in (Carerix "groepen"), the agency's own. */
export interface AutomationGroupTable {
  agency_id: string;
  id: Generated<string>;
  name: string;
  created_at: Timestamp;
}

/** A record (by kind and id) in a group. */
export interface AutomationGroupMemberTable {
  agency_id: string;
  group_id: string;
  record_kind: RecordKind;
  record_id: string;
  added_at: Timestamp;
}

type JsonOf<T> = ColumnType<T, string, string>;

/** A trigger rule: when EVENT [and CONDITIONS] then ACTIONS, for a pipeline kind and optionally one pipeline. */
export interface AutomationRuleTable {
  agency_id: string;
  id: Generated<string>;
  name: string;
  pipeline_kind: PipelineKind;
  pipeline_id: string | null;
  event: JsonOf<RuleEvent>;
  conditions: JsonOf<RuleCondition[]>;
  actions: JsonOf<RuleAction[]>;
  enabled: Generated<boolean>;
  created_by: string;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/**
 * One firing of a rule on a record for one event (unique per rule, record
 * and event key): the agency's rule, or a pipeline's built-in rule by key.
 */
export interface AutomationFiringTable {
  agency_id: string;
  id: Generated<string>;
  /** Null for a built-in rule's firing. */
  rule_id: string | null;
  /** The pipeline and key of a built-in rule's firing; null for the agency's rules. */
  pipeline_id: ColumnType<string | null, string | null | undefined, never>;
  built_in_key: ColumnType<BuiltInRuleKey | null, BuiltInRuleKey | null | undefined, never>;
  record_kind: RecordKind;
  record_id: string;
  event_key: string;
  fired_at: Timestamp;
  outcome: 'done' | 'refused';
  details: JsonOf<{ actions: { type: string; outcome: string; detail?: string }[] }>;
}

/** A notification a rule asked for, sent by the drain job once its transaction committed. */
export interface AutomationOutboxTable {
  agency_id: string;
  id: Generated<string>;
  rule_id: string;
  user_id: string;
  /** Exactly one of company_id and dossier_id is set (a check in the database). */
  company_id: ColumnType<string | null, string | null | undefined, string | null>;
  dossier_id: ColumnType<string | null, string | null | undefined, string | null>;
  payload: JsonOf<{ ruleName: string; message: string }>;
  created_at: Timestamp;
  sent_at: Timestamp | null;
}

export type AutomationRuleRow = Selectable<AutomationRuleTable>;
export type AutomationFiringRow = Selectable<AutomationFiringTable>;

export interface AutomationTables {
  automation_groups: AutomationGroupTable;
  automation_group_members: AutomationGroupMemberTable;
  automation_rules: AutomationRuleTable;
  automation_firings: AutomationFiringTable;
  automation_outbox: AutomationOutboxTable;
}
