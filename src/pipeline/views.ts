import type { ActivityRow, CompanyRow } from './pipeline.tables.js';

/** A timeline entry as use cases return it. */
export interface ActivityView {
  id: string;
  companyId: string;
  type: string;
  description: string | null;
  oldStatus: string | null;
  newStatus: string | null;
  extraData: Record<string, unknown>;
  /** Null for automatic changes. */
  userId: string | null;
  /** True when the system made the change on its own. */
  automatic: boolean;
  createdAt: Date;
}

/** A timeline entry with the name of who made it (null for the system). */
export interface TimelineEntry extends ActivityView {
  userName: string | null;
}

export function toActivityView(row: ActivityRow): ActivityView {
  return {
    id: row.id,
    companyId: row.company_id,
    type: row.activity_type,
    description: row.description,
    oldStatus: row.old_status,
    newStatus: row.new_status,
    extraData: row.extra_data,
    userId: row.user_id,
    automatic: row.extra_data.automatic === true,
    createdAt: row.created_at,
  };
}

/** An agency's relationship record as use cases return it. */
export interface CompanyView {
  id: string;
  globalCompanyId: string;
  pipeline: string;
  status: string;
  statusChangedAt: Date;
  ownerId: string | null;
  favorited: boolean;
  newJobsNotifications: boolean;
  createdAt: Date;
  createdBy: string | null;
}

export function toCompanyView(row: CompanyRow): CompanyView {
  return {
    id: row.id,
    globalCompanyId: row.global_company_id,
    pipeline: row.pipeline,
    status: row.client_status,
    statusChangedAt: row.client_status_changed_at,
    ownerId: row.owner_id,
    favorited: row.favorited,
    newJobsNotifications: row.new_jobs_notifications,
    createdAt: row.created_at,
    createdBy: row.created_by,
  };
}
