import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';
import type { Timestamp, Json } from '../platform/db/columns.js';

export interface CompanyTable {
  agency_id: string;
  id: Generated<string>;
  global_company_id: string;
  pipeline: Generated<string>;
  client_status: string;
  client_status_changed_at: Timestamp;
  owner_id: string | null;
  new_jobs_notifications: Generated<boolean>;
  favorited: Generated<boolean>;
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
  created_at: ColumnType<Date, Date | string, never>;
}

export type CompanyRow = Selectable<CompanyTable>;
export type ActivityRow = Selectable<ActivityTable>;
export type NewActivity = Insertable<ActivityTable>;

export interface PipelineTables {
  companies: CompanyTable;
  client_company_activities: ActivityTable;
}
