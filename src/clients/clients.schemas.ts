import { z } from 'zod';
import { companySchema, pipelineSchema, timelineEntrySchema } from '../pipeline/index.js';
import { globalCompanySchema } from '../discovery/index.js';

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
  })
  .meta({ id: 'CompanyTimelineEntry' });

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
