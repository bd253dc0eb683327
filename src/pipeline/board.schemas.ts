import { z } from 'zod';
import { localized, uuid } from '../platform/http/schemas.js';
import { STAGE_OUTCOMES } from './domain/index.js';
import { checklistItemSchema, fieldDefinitionSchema, requirementSchema } from './pipeline-definition.schema.js';
import { companySummarySchema } from './pipeline.schemas.js';

/** A card: the company summary and the values of its pipeline's own fields, so a drop asks only for what is still missing. */
export const boardCardSchema = companySummarySchema
  .extend({ fields: z.record(z.string(), z.union([z.string(), z.number()])).describe("Values of the pipeline's own fields, by key") })
  .meta({ id: 'BoardCard' });

const nextCursor = z.string().nullable().describe("The column's next page: GET /api/board/columns/{stage}?cursor=… with the same filters; null when this is all");

export const boardColumnSchema = z
  .object({
    key: z.string(),
    label: z.object({ nl: z.string(), en: z.string() }),
    color: z.string(),
    icon: z.string(),
    outcome: z.enum(STAGE_OUTCOMES).nullable(),
    allowedTransitions: z.array(z.string()),
    requires: z.array(requirementSchema).describe('Gates to enter this stage'),
    checklist: z.array(checklistItemSchema).describe('Entry criteria (ticked to enter) and exit criteria (ticked to move forward out)'),
    probability: z.number().int().nullable().describe('Win probability (0–100) of an open stage'),
    total: z.number().int().describe('Every record in the column that matches the filters'),
    valueSum: z.number().describe('Sum of the expected values (EUR) of every record in the column that matches the filters'),
    cards: z.array(boardCardSchema).describe('The first page, most recently moved first'),
    nextCursor,
  })
  .meta({ id: 'BoardColumn' });

export const boardSchema = z
  .object({
    pipeline: z.object({
      id: uuid,
      name: localized,
      version: z.number().int(),
      skipNeedsReason: z.boolean().describe('A move forward past the next stage must carry a skipReason'),
      fields: z.array(fieldDefinitionSchema).describe("The pipeline's own fields, which a stage may require"),
    }),
    columns: z.array(boardColumnSchema),
  })
  .meta({ id: 'Board' });

export const boardColumnPageSchema = z.object({ items: z.array(boardCardSchema), nextCursor }).meta({ id: 'BoardColumnPage' });

export type BoardCard = z.output<typeof boardCardSchema>;
export type BoardColumnPage = z.output<typeof boardColumnPageSchema>;
