import type { ColumnType, Generated, Selectable } from 'kysely';
import type { Timestamp, Json } from '../platform/db/columns.js';
import type { ReminderReasonData } from './domain/reminders.js';

/** A follow-up reminder for one user about one company (SPEC R7.2). */
export interface ReminderTable {
  agency_id: string;
  id: Generated<string>;
  company_id: string;
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
  company_id: string;
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
