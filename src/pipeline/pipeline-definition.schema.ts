import { z } from 'zod';
import { FIELD_TYPES, PIPELINE_KINDS, STAGE_COLORS, STAGE_ICONS, STAGE_OUTCOMES, type PipelineDefinition } from './domain/index.js';
import { plainString, text } from '../platform/input/input.js';

/*
 * A pipeline definition as zod sees it: the shape an admin sends when
 * creating or editing a pipeline, the shape the database stores for each
 * version (pipeline_definition()), and the shape the API returns. The
 * domain's rules (domain/definition-rules.ts) check what a shape cannot.
 */
const key = plainString().regex(/^[a-z][a-z0-9_]{0,39}$/, { error: 'must be lower-case letters, digits and _ (at most 40), starting with a letter' });
const localizedText = (max: number) => z.object({ nl: text(max), en: text(max) }).strict();
const days = z.number().int().min(1).max(3650);

export const requirementSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('lossReason') }).strict(),
  z.object({ kind: z.literal('hold') }).strict(),
  z.object({ kind: z.literal('field'), field: key }).strict(),
]);

export const checklistItemSchema = z.object({ key, label: localizedText(300), phase: z.enum(['entry', 'exit']) }).strict().meta({ id: 'ChecklistItem' });

export const stageDefinitionSchema = z
  .object({
    key,
    name: localizedText(100),
    color: z.enum(STAGE_COLORS),
    icon: z.enum(STAGE_ICONS),
    outcome: z.enum(STAGE_OUTCOMES).optional(),
    next: z.array(key).max(100),
    requires: z.array(requirementSchema).max(20),
    checklist: z.array(checklistItemSchema).max(30),
    staleAfterDays: days.optional(),
    followUp: z.object({ afterDays: days, from: z.enum(['stage_entered', 'last_follow_up']) }).strict().optional(),
    probability: z.number().int().min(0).max(100).optional(),
    group: key.optional(),
    active: z.boolean(),
  })
  .strict()
  .meta({ id: 'StageDefinition' });

export const fieldDefinitionSchema = z
  .object({
    key,
    label: localizedText(100),
    type: z.enum(FIELD_TYPES),
    options: z.array(z.object({ key, label: localizedText(100) }).strict()).min(1).max(100).optional(),
  })
  .strict()
  .meta({ id: 'PipelineField' });

const move = z.object({ from: key, to: key }).strict();

export const pipelineDefinitionSchema = z
  .object({
    kind: z.enum(PIPELINE_KINDS),
    name: localizedText(200),
    entryStage: key,
    skipNeedsReason: z.boolean(),
    stages: z.array(stageDefinitionSchema).min(1).max(40),
    fields: z.array(fieldDefinitionSchema).max(50),
    automations: z.object({ onOutreach: move.optional(), whenJobsClosed: move.optional() }).strict(),
  })
  .strict() satisfies z.ZodType<PipelineDefinition, unknown>;

/** A stored definition (pipeline_versions.definition) in the domain's shape; it was checked when written. */
export function toDefinition(stored: Record<string, unknown>): PipelineDefinition {
  return pipelineDefinitionSchema.parse(stored);
}
