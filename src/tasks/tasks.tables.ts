import type { ColumnType, Generated, Selectable } from 'kysely';
import type { Timestamp, Json } from '../platform/db/columns.js';
import type { ReminderReasonData } from './domain/reminders.js';

/** A follow-up reminder (a task) for one user about one company, or one lead or opportunity (a trigger rule's task; SPEC R7.2, R4.6). */
export interface ReminderTable {
  agency_id: string;
  id: Generated<string>;
  /** Exactly one of company_id and dossier_id is set (a check in the database). */
  company_id: ColumnType<string | null, string | null | undefined, string | null>;
  dossier_id: ColumnType<string | null, string | null | undefined, string | null>;
  /** For whom. */
  user_id: string;
  due_at: Timestamp;
  note: string | null;
  kind: 'manual' | 'suggested';
  /** Which rule suggested it (domain/reminders.ts); null for manual ones. */
  reason_key: string | null;
  /** Suggested ones: what the reason names (stage, its names, the days or the day to resume); null for manual ones and older suggestions. */
  reason_data: ColumnType<ReminderReasonData | null, string | null | undefined, never>;
  /** Suggested ones: unique per agency, so a suggestion is made once. */
  dedupe_key: string | null;
  /** Null for suggestions. */
  created_by: string | null;
  created_at: Timestamp;
  done_at: Timestamp | null;
  /** Null when the system closed it (its reason no longer holds). */
  done_by: string | null;
}

/** An in-app notification for one user (SPEC R7.1). */
export interface NotificationTable {
  agency_id: string;
  id: Generated<string>;
  user_id: string;
  kind: 'new_jobs' | 'automation';
  /** Exactly one of company_id and dossier_id is set (a check in the database); new_jobs ones are always a company's. */
  company_id: ColumnType<string | null, string | null | undefined, string | null>;
  dossier_id: ColumnType<string | null, string | null | undefined, string | null>;
  payload: Json;
  /** Unique per (agency, user): writing the same notification twice writes it once. */
  dedupe_key: string;
  created_at: Timestamp;
  read_at: Timestamp | null;
}

export type ReminderRow = Selectable<ReminderTable>;
export type NotificationRow = Selectable<NotificationTable>;

export interface TasksTables {
  reminders: ReminderTable;
  notifications: NotificationTable;
}
