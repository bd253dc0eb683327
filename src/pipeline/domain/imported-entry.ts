import { validationError } from '../../platform/errors.js';
import { findStage, stageKeys, type PipelineDefinition } from './pipeline.js';
import type { LossReason } from './loss-reasons.js';

/** Where an imported record stood in the system it came from, as the import maps it. */
export interface ImportedPlacement {
  /** The system or file it came from, e.g. `Pipedrive`. */
  source: string;
  /** Our stage key the source's stage maps to. */
  stage: string;
  /** The source's own name of the stage, kept for the timeline. */
  sourceStage?: string | null | undefined;
  /** Required for a lost stage: mapped to a standard reason, or kept as the source's text (`other`). */
  lossReason?: LossReason | undefined;
  /** Anything else the timeline keeps (the import batch, the deals…). */
  extraData?: Record<string, unknown> | undefined;
}

/** The stage and `imported` activity of a record placed by a migration import. */
export interface ImportedEntryDecision {
  status: string;
  changedAt: Date;
  activity: {
    activityType: 'imported';
    oldStatus: string | null;
    newStatus: string;
    description: string;
    extraData: Record<string, unknown>;
  };
}

/**
 * Decides the entry of an imported record (docs/pipelines.md, "Imported
 * records"): a migration restores the state a record already had in
 * another system, so it enters the mapped stage directly, outside the
 * graph, with one `imported` entry that names the source and the stage —
 * never an invented history of status changes. The gates that ask the user
 * for input (fields, checklists, the reason and day of On hold, a skip
 * reason) do not block it: the source has no such input. The one gate
 * kept is the loss reason of a lost stage, which the import maps or keeps
 * as text, so every lost record still says why. Pure: the clock is passed in.
 */
export function decideImportedEntry(pipeline: PipelineDefinition, placement: ImportedPlacement, previousStatus: string | null, now: Date): ImportedEntryDecision {
  const stage = findStage(pipeline, placement.stage);
  if (!stage?.active) {
    throw validationError([{ path: 'stage', message: `unknown stage '${placement.stage}'; stages are ${stageKeys(pipeline).join(', ')}` }]);
  }
  const needsReason = stage.outcome === 'lost' || stage.requires.some((requirement) => requirement.kind === 'lossReason');
  if (needsReason && !placement.lossReason) throw validationError([{ path: 'lossReason', message: 'an imported lost record needs its loss reason' }]);
  const extraData: Record<string, unknown> = {
    ...placement.extraData,
    source: placement.source,
    ...(placement.sourceStage ? { sourceStage: placement.sourceStage } : {}),
    ...(needsReason ? placement.lossReason : {}),
    ...(previousStatus !== null ? { restored: true } : {}),
  };
  return {
    status: stage.key,
    changedAt: now,
    activity: {
      activityType: 'imported',
      oldStatus: previousStatus,
      newStatus: stage.key,
      description: `Imported from ${placement.source}: ${stage.name.en}`,
      extraData,
    },
  };
}
