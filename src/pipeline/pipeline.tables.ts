import type { ColumnType, Generated, Selectable } from 'kysely';
import type { DefaultedTimestamp, Timestamp, Json } from '../platform/db/columns.js';

/** A calendar date, read and written as the text YYYY-MM-DD (platform/db sets the parsers). */
export type DateColumn = ColumnType<string, string, string>;

export interface CompanyTable {
  agency_id: string;
  id: Generated<string>;
  global_company_id: string;
  pipeline_id: string;
  client_status: string;
  client_status_changed_at: Timestamp;
  owner_id: string | null;
  /** The agency's branch (vestiging) the record belongs to; set from its owner's when followed. */
  branch_id: ColumnType<string | null, string | null | undefined, string | null>;
  new_jobs_notifications: Generated<boolean>;
  favorited: Generated<boolean>;
  /** EUR; numeric, read as text. */
  expected_value: ColumnType<string | null, number | null | undefined, number | null>;
  expected_close_date: ColumnType<string | null, string | null | undefined, string | null>;
  /** The pipeline's own fields, by key. */
  field_values: ColumnType<Record<string, unknown>, string | undefined, string>;
  /** The day to resume, while in an On hold stage. */
  resume_at: ColumnType<string | null, string | null | undefined, string | null>;
  deleted_at: Timestamp | null;
  deleted_by: string | null;
  created_by: string | null;
  created_at: Timestamp;
}

/** Append-only: the database rejects UPDATE and DELETE. */
export interface ActivityTable {
  agency_id: string;
  id: Generated<string>;
  seq: ColumnType<number, never, never>;
  company_id: string;
  activity_type: string;
  description: string | null;
  old_status: string | null;
  new_status: string | null;
  extra_data: Json;
  user_id: string | null;
  /** The pipeline and version a stage activity was decided under; null on other activities. */
  pipeline_id: string | null;
  pipeline_version: number | null;
  created_at: ColumnType<Date, Date | string, never>;
}

export interface PipelineTable {
  agency_id: string;
  id: Generated<string>;
  kind: string;
  name_nl: string;
  name_en: string;
  template_key: string | null;
  entry_stage: string;
  skip_needs_reason: boolean;
  automations: ColumnType<Record<string, unknown>, string, string>;
  is_default: boolean;
  version: Generated<number>;
  archived_at: Timestamp | null;
  created_at: DefaultedTimestamp;
}

export interface PipelineStageTable {
  agency_id: string;
  pipeline_id: string;
  key: string;
  position: number;
  name_nl: string;
  name_en: string;
  color: string;
  icon: string;
  outcome: string | null;
  stale_after_days: number | null;
  follow_up_days: number | null;
  follow_up_from: string | null;
  probability: number | null;
  stage_group: string | null;
  active: boolean;
}

export interface PipelineTransitionTable {
  agency_id: string;
  pipeline_id: string;
  from_key: string;
  to_key: string;
}

export interface PipelineFieldTable {
  agency_id: string;
  pipeline_id: string;
  key: string;
  position: number;
  label_nl: string;
  label_en: string;
  type: string;
  options: ColumnType<unknown, string | null, string | null>;
}

export interface PipelineStageRequirementTable {
  agency_id: string;
  pipeline_id: string;
  stage_key: string;
  position: number;
  kind: string;
  field_key: string | null;
}

export interface PipelineChecklistItemTable {
  agency_id: string;
  pipeline_id: string;
  stage_key: string;
  key: string;
  position: number;
  phase: string;
  label_nl: string;
  label_en: string;
}

/** The whole definition of each version (the database's pipeline_definition()), never changed. */
export interface PipelineVersionTable {
  agency_id: string;
  pipeline_id: string;
  version: number;
  definition: ColumnType<Record<string, unknown>, never, never>;
  created_by: string | null;
  created_at: DefaultedTimestamp;
}

export type CompanyRow = Selectable<CompanyTable>;
export type ActivityRow = Selectable<ActivityTable>;
export type PipelineRow = Selectable<PipelineTable>;

export interface PipelineTables {
  companies: CompanyTable;
  client_company_activities: ActivityTable;
  pipelines: PipelineTable;
  pipeline_stages: PipelineStageTable;
  pipeline_transitions: PipelineTransitionTable;
  pipeline_fields: PipelineFieldTable;
  pipeline_stage_requirements: PipelineStageRequirementTable;
  pipeline_checklist_items: PipelineChecklistItemTable;
  pipeline_versions: PipelineVersionTable;
}
