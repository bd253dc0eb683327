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
