import type { ChecklistItem, LocalizedText, Requirement, Stage } from '../../../../../src/pipeline/domain/pipeline.js';
import { uniqueKey } from './pipeline-keys';

const sameRequirement = (a: Requirement, b: Requirement) => a.kind === b.kind && (a.kind !== 'field' || (b.kind === 'field' && a.field === b.field));

export function hasRequirement(stage: Stage, requirement: Requirement): boolean {
  return stage.requires.some((r) => sameRequirement(r, requirement));
}

/** Adds the gate, or removes it when the stage has it. */
export function toggleRequirement(stage: Stage, requirement: Requirement): Stage {
  return {
    ...stage,
    requires: hasRequirement(stage, requirement) ? stage.requires.filter((r) => !sameRequirement(r, requirement)) : [...stage.requires, requirement],
  };
}

/** A checklist item keyed by its English label, unique within the stage. */
export function addChecklistItem(stage: Stage, phase: ChecklistItem['phase'], label: LocalizedText): Stage {
  const key = uniqueKey(label.en, stage.checklist.map((item) => item.key), 'item');
  return { ...stage, checklist: [...stage.checklist, { key, label, phase }] };
}

export function updateChecklistItem(stage: Stage, key: string, label: LocalizedText): Stage {
  return { ...stage, checklist: stage.checklist.map((item) => (item.key === key ? { ...item, label } : item)) };
}

export function removeChecklistItem(stage: Stage, key: string): Stage {
  return { ...stage, checklist: stage.checklist.filter((item) => item.key !== key) };
}

/** Swaps the item with its neighbour of the same phase (-1 up, +1 down); at either end nothing moves. */
export function moveChecklistItem(stage: Stage, key: string, direction: -1 | 1): Stage {
  const at = stage.checklist.findIndex((item) => item.key === key);
  if (at === -1) return stage;
  const phase = stage.checklist[at]!.phase;
  const samePhase = stage.checklist.map((item, index) => (item.phase === phase ? index : -1)).filter((index) => index !== -1);
  const other = samePhase[samePhase.indexOf(at) + direction];
  if (other === undefined) return stage;
  const checklist = [...stage.checklist];
  [checklist[at], checklist[other]] = [checklist[other]!, checklist[at]!];
  return { ...stage, checklist };
}
