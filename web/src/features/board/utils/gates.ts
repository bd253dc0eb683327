import { missingGates, stepsForward, type MissingGate } from '../../../../../src/pipeline/domain/gates.js';
import type { PipelineDefinition, StageColor, StageIcon } from '../../../../../src/pipeline/domain/pipeline.js';
import type { BoardCard, BoardData, MissingGate as ProblemGate } from '../../../api/client';

export type { MissingGate };

/**
 * The pipeline as the domain's gate rules read it, from the board's answer:
 * the board lists every active stage in order with its gates, checklist,
 * outcome and moves, and the pipeline's skip rule and fields — all that
 * `missingGates` and `stepsForward` look at. (Archived stages hold no
 * records and count for no step, so leaving them out changes nothing.)
 */
export function boardDefinition(board: BoardData): PipelineDefinition {
  return {
    kind: 'clients',
    name: board.pipeline.name,
    entryStage: board.columns[0]?.key ?? '',
    skipNeedsReason: board.pipeline.skipNeedsReason,
    fields: board.pipeline.fields,
    automations: {},
    stages: board.columns.map((column) => ({
      key: column.key,
      name: column.label,
      color: column.color as StageColor,
      icon: column.icon as StageIcon,
      outcome: column.outcome ?? undefined,
      next: column.allowedTransitions,
      requires: column.requires,
      checklist: column.checklist,
      probability: column.probability ?? undefined,
      active: true,
    })),
  };
}

/** What the drop dialog must ask before `card` may move to `to`: exactly what the server's rule says is missing, given the card's stored field values. */
export function gatesToAsk(definition: PipelineDefinition, card: BoardCard, to: string): MissingGate[] {
  return missingGates(definition, card.status, to, {}, card.fields);
}

/** The stages a forward move jumps over (shown with the skip reason), in board order. */
export function skippedStages(definition: PipelineDefinition, from: string, to: string): string[] {
  const steps = stepsForward(definition, from, to);
  if (steps <= 1) return [];
  return definition.stages.map((s) => s.key).filter((key) => stepsForward(definition, from, key) > 0 && stepsForward(definition, from, key) < steps);
}

/** The gates a 422 problem lists, in the domain's shape; entries this build cannot ask for are left out. */
export function gatesFromProblem(missing: readonly ProblemGate[]): MissingGate[] {
  return missing.flatMap((gate): MissingGate[] => {
    switch (gate.kind) {
      case 'lossReason':
      case 'hold':
      case 'skipReason':
        return [{ kind: gate.kind }];
      case 'checklist':
        return gate.stage && gate.items ? [{ kind: 'checklist', stage: gate.stage, items: gate.items }] : [];
      case 'field':
        return gate.field ? [{ kind: 'field', field: gate.field }] : [];
      default:
        return [];
    }
  });
}

/** What a move carries for the gates, as POST /api/companies/{id}/status takes it. */
export interface GateValues {
  lossReason?: string | undefined;
  lossReasonText?: string | undefined;
  holdReason?: string | undefined;
  resumeAt?: string | undefined;
  skipReason?: string | undefined;
  /** Ticked items as `stage.item`. */
  checklist?: string[] | undefined;
  fields?: Record<string, string | number | null> | undefined;
  description?: string | undefined;
}

/** Values given before (a refused attempt) and now: the newer answer wins, ticked items add up. */
export function mergeGateValues(before: GateValues, now: GateValues): GateValues {
  const merged: GateValues = { ...before };
  for (const [key, value] of Object.entries(now) as [keyof GateValues, GateValues[keyof GateValues]][]) {
    if (value !== undefined && key !== 'checklist' && key !== 'fields') (merged as Record<string, unknown>)[key] = value;
  }
  const checklist = [...new Set([...(before.checklist ?? []), ...(now.checklist ?? [])])];
  if (checklist.length > 0) merged.checklist = checklist;
  if (before.fields || now.fields) merged.fields = { ...before.fields, ...now.fields };
  return merged;
}
