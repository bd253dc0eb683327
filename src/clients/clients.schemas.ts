import { z } from 'zod';
import { companySchema, companySummarySchema, pipelineSchema, timelineEntrySchema } from '../pipeline/index.js';
import { globalCompanySchema } from '../discovery/index.js';
import { problemSchema, uuid } from '../platform/http/schemas.js';
import { plainString } from '../platform/input/input.js';
import { companyFilter } from './company-filter.js';
import { COMPANY_SORTS } from './company-sort.js';

export const companyDetailSchema = companySchema
  .extend({
    ownerName: z.string().nullable(),
    allowedTransitions: z.array(z.string()).describe("The active stages of its pipeline it may move to now (the pipeline's graph)"),
    pipeline: pipelineSchema.describe('The pipeline the record is in, at its current version: stages (names, colours, outcomes, gates, checklists) and its own fields'),
    globalCompany: globalCompanySchema,
  })
  .meta({ id: 'CompanyDetail' });

const localized = z.object({ nl: z.string(), en: z.string() });

const stageLabelSchema = z
  .object({ key: z.string(), name: localized, color: z.string() })
  .meta({ id: 'StageLabel', description: 'A stage as the pipeline version the entry was recorded under names it' });

export const companyTimelineEntrySchema = timelineEntrySchema
  .extend({
    oldStage: stageLabelSchema.nullable().describe('oldStatus named by the pipeline version of the entry (null when there is none)'),
    newStage: stageLabelSchema.nullable().describe('newStatus named by the pipeline version of the entry (null when there is none)'),
    pipelineChange: z
      .object({ from: localized, to: localized })
      .nullable()
      .describe('For pipeline_changed: the names of the pipeline left and the pipeline entered'),
    dossier: z
      .object({ id: uuid, kind: z.enum(['lead', 'opportunity']), title: z.string() })
      .nullable()
      .describe("An entry of one of the company's leads or opportunities (its stages are the dossier's pipeline's); null for the company's own"),
  })
  .meta({ id: 'CompanyTimelineEntry' });

/** A row of the companies page: the summary and what every column of the page needs. */
export const companyListItemSchema = companySummarySchema
  .extend({
    pipelineName: localized.describe('The name of the pipeline the record is in'),
    stageName: localized.describe('The name of its stage'),
    stageColor: z.string(),
    onHold: z.boolean().describe('In an On hold stage'),
    newJobsNotifications: z.boolean(),
    createdAt: z.date().describe('When the agency followed it'),
    lastActivityAt: z.date().nullable().describe('Its latest timeline entry'),
    openJobs: z.number().int(),
    noAgencies: z.boolean().describe('One of its jobs says agencies are not welcome'),
    hotness: z.number().int(),
    fields: z.record(z.string(), z.union([z.string(), z.number()])).describe("Values of its pipeline's own fields, by key"),
  })
  .meta({ id: 'CompanyListItem' });

export const companyListSchema = z
  .object({
    items: z.array(companyListItemSchema),
    nextCursor: z.string().nullable().describe('Pass as ?cursor= (with the same filters and sort) for the next page; null after the last'),
    total: z.number().int().describe('Every record that matches the filters'),
  })
  .meta({ id: 'CompanyList' });

export const bulkResultSchema = z
  .object({
    action: z.enum(['stage', 'owner', 'branch', 'favorite', 'alerts', 'unfollow']),
    targeted: z.number().int().describe('Records the target named'),
    changed: z.number().int().describe('Records moved or changed'),
    unchanged: z.number().int().describe('Records that were already so (in the stage, with the owner, …)'),
    refused: z
      .array(
        z.object({
          id: uuid,
          name: z.string().nullable().describe("The company's name; null for an id the agency does not have"),
          problem: z.string().describe('The problem type slug: gates-required, invalid-transition, loss-reason-required, not-found, validation …'),
          detail: z.string().describe("Why, in the request's language (Accept-Language)"),
          missing: problemSchema.shape.missing,
          allowed: problemSchema.shape.allowed,
        }),
      )
      .describe('Each record that was not changed, with the reason'),
  })
  .meta({ id: 'BulkResult' });

/*
 * What a saved view of the companies page keeps: the filter as the page
 * sends it (JSON: booleans and arrays), the sort and the columns shown.
 */
const columnKey = plainString().regex(/^([a-zA-Z]{1,40}|field\.[a-z][a-z0-9_]{0,39})$/, { error: 'must be a column key' });

export const viewFilterSchema = z
  .object({
    q: z.string().optional(),
    pipelineId: z.string().optional(),
    stage: z.array(z.string()).optional(),
    ownerId: z.string().optional(),
    favorite: z.boolean().optional(),
    stale: z.boolean().optional(),
    onHold: z.boolean().optional(),
    hasOpenJobs: z.boolean().optional(),
    noAgencies: z.boolean().optional(),
    lastActivityFrom: z.string().optional(),
    lastActivityTo: z.string().optional(),
    createdFrom: z.string().optional(),
    createdTo: z.string().optional(),
    field: z.array(z.string()).optional().describe('`key:value` conditions on the pipeline fields'),
  })
  .strict()
  // Checked as the list reads its filter, so a saved view always opens as a valid list request.
  .superRefine((value, ctx) => {
    const parsed = companyFilter.safeParse(value);
    if (!parsed.success) for (const issue of parsed.error.issues) ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
  })
  .meta({ id: 'CompanyViewFilter' });

export const viewSettingsSchema = z
  .object({
    filter: viewFilterSchema.default({}),
    sort: z.enum(COMPANY_SORTS, { error: `must be one of ${COMPANY_SORTS.join(', ')}` }).optional(),
    direction: z.enum(['asc', 'desc'], { error: 'must be asc or desc' }).optional(),
    /** The columns shown, in order (the list's column keys, `field.<key>` for a pipeline field). */
    columns: z.array(columnKey).max(60, { error: 'must list at most 60' }).default([]),
  })
  .strict()
  .meta({ id: 'CompanyViewSettings' });


export const companyViewSchema = z
  .object({
    id: uuid,
    name: z.string(),
    shared: z.boolean().describe("Shared with the agency: every colleague sees it; only its owner (or an admin) changes it"),
    ownerId: uuid,
    ownerName: z.string(),
    mine: z.boolean().describe("The caller's own view"),
    canEdit: z.boolean().describe('The caller may rename, share, change or delete it'),
    settings: viewSettingsSchema,
    createdAt: z.date(),
    updatedAt: z.date(),
  })
  .meta({ id: 'CompanyView' });
export const contactSchema = z
  .object({
    id: z.guid(),
    companyId: z.guid(),
    name: z.string(),
    title: z.string().nullable(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    linkedinUrl: z.string().nullable(),
    decisionMakerId: z.guid().nullable(),
    createdAt: z.date(),
  })
  .meta({ id: 'Contact' });

export const agencyContactSchema = contactSchema
  .extend({
    company: z.object({ id: z.guid(), name: z.string() }).describe('The followed company the contact works at'),
    lastActivityAt: z.date().nullable().describe("When the company's timeline last had an entry"),
  })
  .meta({ id: 'AgencyContact', description: 'A contact of one of the agency’s followed companies, as the people list shows it' });
