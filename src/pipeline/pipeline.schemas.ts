import { z } from 'zod';
import { localized, uuid } from '../platform/http/schemas.js';

export const companySchema = z
  .object({
    id: uuid,
    globalCompanyId: uuid,
    pipeline: z.string(),
    status: z.string(),
    statusChangedAt: z.date(),
    ownerId: uuid.nullable(),
    favorited: z.boolean(),
    newJobsNotifications: z.boolean(),
    createdAt: z.date(),
    createdBy: uuid.nullable(),
  })
  .meta({ id: 'Company' });

export const activitySchema = z
  .object({
    id: uuid,
    companyId: uuid,
    type: z.string().describe('company_tracked, status_change, note, call, meeting_scheduled, outreach_sent, contact_detail_added, …'),
    description: z.string().nullable(),
    oldStatus: z.string().nullable(),
    newStatus: z.string().nullable(),
    extraData: z.record(z.string(), z.unknown()),
    userId: uuid.nullable().describe('Null for automatic changes'),
    automatic: z.boolean(),
    createdAt: z.date(),
  })
  .meta({ id: 'Activity' });

export const timelineEntrySchema = activitySchema.extend({ userName: z.string().nullable() }).meta({ id: 'TimelineEntry' });

export const companySummarySchema = z
  .object({
    id: uuid,
    globalCompanyId: uuid,
    name: z.string(),
    industry: z.string().nullable(),
    employeeCount: z.number().int().nullable(),
    location: z.string().nullable(),
    status: z.string(),
    statusChangedAt: z.date(),
    favorited: z.boolean(),
    ownerId: uuid.nullable(),
    ownerName: z.string().nullable(),
    stale: z.boolean().describe("Idle in its stage past the stage's threshold with no meeting or open reminder ahead: the daily routine's verdict (SPEC R6.3)"),
    idleDays: z.number().int().describe('Whole days since it last moved or was worked on (entering its stage or its latest activity, whichever is later)'),
    staleAfterDays: z.number().int().nullable().describe("Its stage's threshold in days; null for stages that never go stale (won, lost)"),
  })
  .meta({ id: 'CompanySummary' });

export const stageSchema = z
  .object({
    key: z.string(),
    name: localized,
    color: z.string(),
    icon: z.string(),
    outcome: z.enum(['won', 'lost', 'other']).optional(),
    next: z.array(z.string()),
    requires: z.array(z.string()),
    staleAfterDays: z.number().int().optional(),
  })
  .meta({ id: 'Stage' });

export const pipelineSchema = z
  .object({ key: z.string(), name: localized, entryStage: z.string(), stages: z.array(stageSchema) })
  .meta({ id: 'Pipeline' });

export const statusChangeSchema = z.object({ company: companySchema, activity: activitySchema }).meta({ id: 'StatusChange' });
