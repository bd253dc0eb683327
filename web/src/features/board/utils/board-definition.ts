import type { PipelineDefinition, StageColor, StageIcon } from '../../../../../src/pipeline/domain/pipeline.js';
import type { BoardData } from '../../../api/client';

/**
 * The pipeline as the domain's gate rules read it, from the board's answer:
 * the board lists every active stage in order with its gates, checklist,
 * outcome and moves, and the pipeline's skip rule and fields — all that
 * the gate rules (shared/gates: `missingGates`, `stepsForward`) look at.
 * (Archived stages hold no records and count for no step, so leaving them
 * out changes nothing.)
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
