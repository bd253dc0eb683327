import { z } from 'zod';
import type { Executor } from '../platform/db/database.js';
import { validationError, type FieldIssue } from '../platform/errors.js';
import { id, LIMITS, plainString, text } from '../platform/input/input.js';
import { PIPELINE_KINDS } from '../pipeline/domain/index.js';
import { loadPipeline } from '../pipeline/index.js';
import { COMPANY_ONLY_EVENTS, FIELD_OPERATORS, type RuleAction, type RuleCondition, type RuleEvent } from './domain/index.js';

/*
 * A rule as a client writes it (SPEC R4.6), parsed by zod into the domain's
 * types; then checked against the agency's data (its groups, users,
 * pipeline and stages), each problem a field error.
 */

const days = z.number({ error: 'must be a number' }).int({ error: 'must be a whole number' }).min(1, { error: 'must be at least 1' }).max(3650, { error: 'must be at most 3650' });
const key = plainString().min(1, { error: 'must not be empty' }).max(40, { error: 'must be at most 40 characters' });
const ids = z.array(id).min(1, { error: 'must name at least one' }).max(50, { error: 'must name at most 50' });

export const ruleEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('record_created') }).strict(),
  z.object({ type: z.literal('added_to_group'), groupId: id }).strict(),
  z.object({ type: z.literal('stage_changed'), stage: key }).strict(),
  z.object({ type: z.literal('stage_group_changed'), group: key }).strict(),
  z.object({ type: z.literal('idle'), days }).strict(),
  z.object({ type: z.literal('new_jobs') }).strict(),
  z.object({ type: z.literal('all_jobs_closed') }).strict(),
]) satisfies z.ZodType<RuleEvent, unknown>;

export const ruleConditionSchema = z.discriminatedUnion('type', [
  z
    .object({
      type: z.literal('field'),
      field: key,
      operator: z.enum(FIELD_OPERATORS),
      value: z.union([plainString().max(LIMITS.name, { error: `must be at most ${LIMITS.name} characters` }), z.number().finite(), z.boolean()]).optional(),
    })
    .strict(),
  z.object({ type: z.literal('owner'), userIds: ids }).strict(),
  z.object({ type: z.literal('branch'), branchIds: ids }).strict(),
  z.object({ type: z.literal('pipeline'), pipelineIds: ids }).strict(),
  z.object({ type: z.literal('stage'), stages: z.array(key).min(1, { error: 'must name at least one' }).max(40) }).strict(),
]) satisfies z.ZodType<RuleCondition, unknown>;

export const ruleActionSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('add_to_group'), groupId: id }).strict(),
  z.object({ type: z.literal('remove_from_group'), groupId: id }).strict(),
  z.object({ type: z.literal('change_stage'), stage: key }).strict(),
  z.object({ type: z.literal('create_task'), userId: id.optional(), dueInDays: z.number().int({ error: 'must be a whole number' }).min(0).max(365), note: text(LIMITS.reason).optional() }).strict(),
  z.object({ type: z.literal('notify'), userIds: z.array(id).max(50), owner: z.boolean().default(false), message: text(LIMITS.reason) }).strict(),
]) satisfies z.ZodType<RuleAction, unknown>;

export const ruleFields = {
  name: text(LIMITS.name),
  /** The kind of records it acts on. */
  pipelineKind: z.enum(PIPELINE_KINDS),
  /** One pipeline of that kind, or every one (absent / null). */
  pipelineId: id.nullable().optional(),
  event: ruleEventSchema,
  conditions: z.array(ruleConditionSchema).max(20, { error: 'must be at most 20' }).default([]),
  actions: z.array(ruleActionSchema).min(1, { error: 'must have at least one action' }).max(10, { error: 'must be at most 10' }),
  enabled: z.boolean().default(true),
};

export interface RuleDraft {
  pipelineKind: (typeof PIPELINE_KINDS)[number];
  pipelineId?: string | null | undefined;
  event: RuleEvent;
  conditions: RuleCondition[];
  actions: RuleAction[];
}

/** Checks a parsed rule against the agency's data; throws one VALIDATION error with every problem. */
export async function checkRule(db: Executor, agencyId: string, rule: RuleDraft): Promise<void> {
  const issues: FieldIssue[] = [];
  if (rule.pipelineKind !== 'clients' && COMPANY_ONLY_EVENTS.includes(rule.event.type)) issues.push({ path: 'event.type', message: 'is an event of companies only (pipelineKind clients): leads and opportunities have no jobs of their own' });
  const stages = new Set<string>();
  const groups = new Set<string>();
  if (rule.pipelineId) {
    const pipeline = await loadPipeline(db, agencyId, rule.pipelineId).catch(() => null);
    if (!pipeline) issues.push({ path: 'pipelineId', message: 'is not a pipeline of your agency' });
    else if (pipeline.kind !== rule.pipelineKind) issues.push({ path: 'pipelineId', message: `is not a ${rule.pipelineKind} pipeline` });
    else for (const stage of pipeline.stages) if (stage.active) (stages.add(stage.key), stage.group && groups.add(stage.group));
  } else {
    const pipelines = await db.selectFrom('pipelines').select('id').where('agency_id', '=', agencyId).where('kind', '=', rule.pipelineKind).execute();
    for (const { id: pipelineId } of pipelines) {
      for (const stage of (await loadPipeline(db, agencyId, pipelineId)).stages) if (stage.active) (stages.add(stage.key), stage.group && groups.add(stage.group));
    }
  }
  const notAStage = rule.pipelineId ? "is not an active stage of the rule's pipeline" : `is not an active stage of the agency's ${rule.pipelineKind} pipelines`;
  const stageIssue = (path: string, stage: string) => !stages.has(stage) && issues.push({ path, message: notAStage });
  if (rule.event.type === 'stage_changed') stageIssue('event.stage', rule.event.stage);
  if (rule.event.type === 'stage_group_changed' && !groups.has(rule.event.group)) issues.push({ path: 'event.group', message: 'is not a stage group of those pipelines' });
  const groupIds = new Set<string>();
  const userIds = new Set<string>();
  if (rule.event.type === 'added_to_group') groupIds.add(rule.event.groupId);
  rule.actions.forEach((action, i) => {
    if (action.type === 'change_stage') stageIssue(`actions.${i}.stage`, action.stage);
    if (action.type === 'add_to_group' || action.type === 'remove_from_group') groupIds.add(action.groupId);
    if (action.type === 'create_task' && action.userId) userIds.add(action.userId);
    if (action.type === 'notify') {
      action.userIds.forEach((u) => userIds.add(u));
      if (action.userIds.length === 0 && !action.owner) issues.push({ path: `actions.${i}.userIds`, message: 'must name a user, or set owner' });
    }
  });
  rule.conditions.forEach((condition, i) => {
    if (condition.type === 'owner') condition.userIds.forEach((u) => userIds.add(u));
    if (condition.type === 'field' && condition.operator !== 'is_set' && condition.operator !== 'is_not_set' && condition.value === undefined) issues.push({ path: `conditions.${i}.value`, message: 'is required for this operator' });
  });
  if (groupIds.size > 0) {
    const found = await db.selectFrom('automation_groups').select('id').where('agency_id', '=', agencyId).where('id', 'in', [...groupIds]).execute();
    for (const missing of [...groupIds].filter((g) => !found.some((f) => f.id === g))) issues.push({ path: 'groupId', message: `${missing} is not a group of your agency` });
  }
  if (userIds.size > 0) {
    const found = await db.selectFrom('users').select('id').where('agency_id', '=', agencyId).where('id', 'in', [...userIds]).where('deactivated_at', 'is', null).execute();
    for (const missing of [...userIds].filter((u) => !found.some((f) => f.id === u))) issues.push({ path: 'userId', message: `${missing} is not an active user of your agency` });
  }
  if (issues.length > 0) throw validationError(issues);
}
