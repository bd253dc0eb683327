import { z } from 'zod';
import { uuid } from '../platform/http/schemas.js';
import { pipelineDefinitionSchema } from './pipeline-definition.schema.js';

export const companySchema = z
  .object({
    id: uuid,
    globalCompanyId: uuid,
    pipelineId: uuid,
    status: z.string(),
    statusChangedAt: z.date(),
    ownerId: uuid.nullable(),
    branchId: uuid.nullable().describe("The agency's branch it belongs to (its owner's when followed)"),
    expectedValue: z.number().nullable().describe('Expected value in EUR'),
    expectedCloseDate: z.string().nullable().describe('YYYY-MM-DD'),
    fields: z.record(z.string(), z.union([z.string(), z.number()])).describe("Values of the pipeline's own fields, by key"),
    resumeAt: z.string().nullable().describe('While On hold: the day to resume (YYYY-MM-DD)'),
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
    pipelineId: uuid,
    expectedValue: z.number().nullable().describe('Expected value in EUR'),
    expectedCloseDate: z.string().nullable().describe('YYYY-MM-DD'),
    resumeAt: z.string().nullable().describe('While On hold: the day to resume (YYYY-MM-DD)'),
    stale: z.boolean().describe("Idle in its stage past the stage's threshold with no meeting or open reminder ahead: the daily routine's verdict (SPEC R6.3)"),
    idleDays: z.number().int().describe('Whole days since it last moved or was worked on (entering its stage or its latest activity, whichever is later)'),
    staleAfterDays: z.number().int().nullable().describe("Its stage's threshold in days; null for stages that never go stale (won, lost)"),
  })
  .meta({ id: 'CompanySummary' });

export const pipelineSchema = pipelineDefinitionSchema
  .extend({
    id: uuid,
    version: z.number().int().describe('Bumped by every edit; send it back with PATCH (a stale one is 409)'),
    templateKey: z.string().nullable(),
    isDefault: z.boolean().describe('Followed companies enter the default pipeline of their kind'),
    archived: z.boolean(),
  })
  .meta({ id: 'Pipeline' });

export const statusChangeSchema = z.object({ company: companySchema, activity: activitySchema }).meta({ id: 'StatusChange' });

export const pipelineTemplateSchema = pipelineDefinitionSchema
  .extend({ key: z.string().describe('Pass as templateKey to POST /api/pipelines') })
  .meta({ id: 'PipelineTemplate' });
