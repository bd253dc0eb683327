import type { z } from 'zod';
import type { activitySchema, companySchema, timelineEntrySchema } from './pipeline.schemas.js';
import type { ActivityRow, CompanyRow } from './pipeline.tables.js';
import { mergeFields } from './domain/index.js';

/** A timeline entry as use cases return it (the response schema is its one definition). */
export type ActivityView = z.output<typeof activitySchema>;

/** A timeline entry with the name of who made it (null for the system). */
export type TimelineEntry = z.output<typeof timelineEntrySchema>;

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
export type CompanyView = z.output<typeof companySchema>;

export function toCompanyView(row: CompanyRow): CompanyView {
  return {
    id: row.id,
    globalCompanyId: row.global_company_id,
    pipelineId: row.pipeline_id,
    status: row.client_status,
    statusChangedAt: row.client_status_changed_at,
    ownerId: row.owner_id,
    branchId: row.branch_id,
    expectedValue: row.expected_value === null ? null : Number(row.expected_value),
    expectedCloseDate: row.expected_close_date,
    fields: mergeFields(row.field_values),
    resumeAt: row.resume_at,
    favorited: row.favorited,
    newJobsNotifications: row.new_jobs_notifications,
    createdAt: row.created_at,
    createdBy: row.created_by,
  };
}
