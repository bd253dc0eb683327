import { z } from 'zod';
import type { Actor } from '../identity/domain/index.js';
import { authorize } from '../identity/index.js';
import { systemClock, type Clock } from '../platform/clock.js';
import type { Db } from '../platform/db/database.js';
import { validationError } from '../platform/errors.js';
import { id, parseInput } from '../platform/input/input.js';
import { BUILT_IN_RULE_KEYS, findTemplate, type PipelineDefinition } from '../pipeline/domain/index.js';
import { editPipeline, loadPipeline } from '../pipeline/index.js';
import type { BuiltInRuleView } from './automation.schemas.js';
import { listBuiltInRules } from './list-rules.js';

export const switchBuiltInRuleInput = z.object({ pipelineId: id, key: z.enum(BUILT_IN_RULE_KEYS), enabled: z.boolean() }).strict();

/**
 * Switches a built-in rule of a pipeline off or on again (admins). The
 * built-in rules are the pipeline's automations (first outreach → Contacted,
 * Active → Dormant when all jobs closed), so this is an edit of the
 * pipeline through editPipeline: a new version, checked like any other.
 */
export async function switchBuiltInRule(db: Db, actor: Actor, input: z.input<typeof switchBuiltInRuleInput>, clock: Clock = systemClock): Promise<BuiltInRuleView[]> {
  authorize(actor, 'triggers:manage');
  const request = parseInput(switchBuiltInRuleInput, input);
  const pipeline = await loadPipeline(db, actor.agencyId, request.pipelineId);
  const automations = { ...pipeline.automations };
  if (request.enabled) {
    const rule = automations[request.key] ?? (pipeline.templateKey ? findTemplate(pipeline.templateKey)?.automations[request.key] : undefined);
    if (!rule) throw validationError([{ path: 'key', message: "is no built-in rule of this pipeline's template" }]);
    automations[request.key] = rule;
  } else {
    delete automations[request.key];
  }
  if ((automations[request.key] !== undefined) !== (pipeline.automations[request.key] !== undefined)) {
    const definition: PipelineDefinition = {
      kind: pipeline.kind,
      name: pipeline.name,
      entryStage: pipeline.entryStage,
      skipNeedsReason: pipeline.skipNeedsReason,
      stages: pipeline.stages,
      fields: pipeline.fields,
      automations,
    };
    await editPipeline(db, actor, { pipelineId: pipeline.id, version: pipeline.version, definition }, clock);
  }
  return listBuiltInRules(db, actor.agencyId);
}
