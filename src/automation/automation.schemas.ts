import { z } from 'zod';
import { localized, uuid } from '../platform/http/schemas.js';
import { BUILT_IN_RULE_KEYS, PIPELINE_KINDS } from '../pipeline/domain/index.js';
import { RECORD_KINDS } from './domain/index.js';
import { ruleActionSchema, ruleConditionSchema, ruleEventSchema } from './rule-input.js';

/** Response schemas of the automation routes (each response type's one definition). */

export const groupSchema = z.object({ id: uuid, name: z.string() }).meta({ id: 'Group' });

export const groupListSchema = z.object({ items: z.array(groupSchema.extend({ members: z.number().int().describe('Records in the group') })) }).meta({ id: 'GroupList' });

export const recordGroupsSchema = z.object({ items: z.array(groupSchema) }).meta({ id: 'RecordGroups' });

export const firingSchema = z
  .object({
    id: uuid,
    ruleId: uuid.nullable().describe("Null for a built-in rule's firing"),
    recordKind: z.enum(RECORD_KINDS),
    recordId: uuid,
    recordName: z.string().nullable().describe("The company's name, or the lead's or opportunity's title (null when it is gone)"),
    eventKey: z.string(),
    firedAt: z.date(),
    outcome: z.enum(['done', 'refused']).describe('refused: an action was refused (a gate, a deactivated user, the depth limit); nothing was forced'),
    actions: z.array(z.object({ type: z.string(), outcome: z.enum(['done', 'skipped', 'refused']), detail: z.string().optional() })),
  })
  .meta({ id: 'RuleFiring' });

export const ruleSchema = z
  .object({
    id: uuid,
    name: z.string(),
    pipelineKind: z.enum(PIPELINE_KINDS),
    pipelineId: uuid.nullable(),
    event: ruleEventSchema,
    conditions: z.array(ruleConditionSchema),
    actions: z.array(ruleActionSchema),
    enabled: z.boolean(),
    createdAt: z.date(),
    updatedAt: z.date(),
    lastFirings: z.array(firingSchema).describe('The latest firings and refusals, newest first (at most 5)'),
  })
  .meta({ id: 'Rule' });

export const builtInRuleSchema = z
  .object({
    pipelineId: uuid,
    pipelineName: localized,
    key: z.enum(BUILT_IN_RULE_KEYS).describe("onOutreach: the first outreach moves a record from `from` to `to`; whenJobsClosed: a record in `from` whose jobs have all closed moves to `to`"),
    from: z.string(),
    to: z.string(),
    enabled: z.boolean(),
    lastFirings: z.array(firingSchema).describe('Its latest moves and refusals in this pipeline, newest first (at most 5)'),
  })
  .meta({ id: 'BuiltInRule' });

export const ruleListSchema = z.object({ items: z.array(ruleSchema), builtIn: z.array(builtInRuleSchema).describe("The templates' built-in rules of the agency's pipelines") }).meta({ id: 'RuleList' });

export type RuleView = z.output<typeof ruleSchema>;
export type FiringView = z.output<typeof firingSchema>;
export type BuiltInRuleView = z.output<typeof builtInRuleSchema>;
