import type { PipelineDefinition } from '../../../../../src/pipeline/domain/pipeline.js';
import { sortByBoard, updateStage } from './pipeline-draft';

/** True when a record in `from` may move to `to`. */
export function hasTransition(definition: PipelineDefinition, from: string, to: string): boolean {
  return definition.stages.find((stage) => stage.key === from)?.next.includes(to) ?? false;
}

/** Allows or forbids the move from `from` to `to`; a stage never moves to itself. `next` stays in board order. */
export function toggleTransition(definition: PipelineDefinition, from: string, to: string): PipelineDefinition {
  if (from === to || !definition.stages.some((stage) => stage.key === to)) return definition;
  const order = new Map(definition.stages.map((stage, index) => [stage.key, index]));
  return updateStage(definition, from, (stage) => ({
    ...stage,
    next: stage.next.includes(to) ? stage.next.filter((key) => key !== to) : sortByBoard([...stage.next, to], order),
  }));
}
