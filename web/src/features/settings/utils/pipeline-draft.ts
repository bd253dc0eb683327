import type { LocalizedText, Pipeline, PipelineDefinition, Stage } from '../../../../../src/pipeline/domain/pipeline.js';
import { uniqueKey } from './pipeline-keys';

/*
 * The editor works on a draft definition and sends it whole (PATCH
 * `definition`): these are its edits, pure, each returning a new draft.
 * Stages are archived (active: false), never deleted, and keep their keys.
 */

/** The editable part of a pipeline, as PATCH takes it. */
export function definitionOf(pipeline: Pipeline | PipelineDefinition): PipelineDefinition {
  const { kind, name, entryStage, skipNeedsReason, stages, fields, automations } = pipeline;
  return { kind, name, entryStage, skipNeedsReason, stages, fields, automations };
}

/** True when the draft differs from what was loaded. */
export function isChanged(saved: PipelineDefinition, draft: PipelineDefinition): boolean {
  return JSON.stringify(definitionOf(saved)) !== JSON.stringify(definitionOf(draft));
}

/** A new stage, keyed by its English name; open stages go before the first end stage (won, lost, on hold). */
export function addStage(definition: PipelineDefinition, name: LocalizedText): PipelineDefinition {
  const stage: Stage = {
    key: uniqueKey(name.en, definition.stages.map((s) => s.key), 'stage'),
    name,
    color: 'grey',
    icon: 'flag',
    next: [],
    requires: [],
    checklist: [],
    active: true,
  };
  const firstEnd = definition.stages.findIndex((s) => s.outcome !== undefined);
  const at = firstEnd === -1 ? definition.stages.length : firstEnd;
  return { ...definition, stages: [...definition.stages.slice(0, at), stage, ...definition.stages.slice(at)] };
}

/** One stage changed; its key stays. */
export function updateStage(definition: PipelineDefinition, key: string, change: (stage: Stage) => Stage): PipelineDefinition {
  return { ...definition, stages: definition.stages.map((stage) => (stage.key === key ? { ...change(stage), key } : stage)) };
}

/** Archives or restores a stage. An archived stage takes no records, so no stage may move to it any more: it leaves every `next`. */
export function setStageActive(definition: PipelineDefinition, key: string, active: boolean): PipelineDefinition {
  const updated = updateStage(definition, key, (stage) => ({ ...stage, active }));
  if (active) return updated;
  return { ...updated, stages: updated.stages.map((stage) => (stage.next.includes(key) ? { ...stage, next: stage.next.filter((next) => next !== key) } : stage)) };
}

/** The stage at `from` moved to position `to` (board order); out-of-range moves change nothing. */
export function moveStage(definition: PipelineDefinition, from: number, to: number): PipelineDefinition {
  const count = definition.stages.length;
  if (from === to || from < 0 || to < 0 || from >= count || to >= count) return definition;
  const stages = [...definition.stages];
  const [moved] = stages.splice(from, 1);
  stages.splice(to, 0, moved!);
  // Each stage's `next` follows board order, so the matrix and the API agree on it.
  const order = new Map(stages.map((stage, index) => [stage.key, index]));
  return { ...definition, stages: stages.map((stage) => ({ ...stage, next: sortByBoard(stage.next, order) })) };
}

/** The stages that were active when loaded and are archived in the draft: their records need a target stage. */
export function newlyArchived(saved: PipelineDefinition, draft: PipelineDefinition): Stage[] {
  const wasActive = new Set(saved.stages.filter((s) => s.active).map((s) => s.key));
  return draft.stages.filter((stage) => !stage.active && wasActive.has(stage.key));
}

export function sortByBoard(keys: string[], order: Map<string, number>): string[] {
  return [...keys].sort((a, b) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity));
}
