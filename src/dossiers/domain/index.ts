import type { DossierPermission } from '../../identity/domain/index.js';
import { conflict, validationError } from '../../platform/errors.js';
import type { PipelineDefinition } from '../../pipeline/domain/index.js';
import { findStage } from '../../pipeline/domain/index.js';

/*
 * The dossiers' pure rules (SPEC R4.1–R4.5): their kinds and rights, the
 * timeline's entry types, the stage groups of the
 * overview and when a lead may become an opportunity.
 */

export const DOSSIER_KINDS = ['lead', 'opportunity'] as const;
export type DossierKind = (typeof DOSSIER_KINDS)[number];

/** What one may do with a kind of dossier. */
export type DossierAction = 'view' | 'create' | 'edit' | 'delete';

/** A lead's rights are `leads:*`, an opportunity's `opportunities:*`. */
export function dossierPermission(kind: DossierKind, action: DossierAction): DossierPermission {
  return `${kind === 'lead' ? 'leads' : 'opportunities'}:${action}`;
}

/** What a dossier's timeline records. */
export const DOSSIER_ACTIVITY_TYPES = [
  'created',
  'status_change',
  'note',
  'email',
  'task',
  'appointment',
  'contact_linked',
  'contact_role_changed',
  'contact_unlinked',
  'vacancy_linked',
  'vacancy_unlinked',
  /** On the lead (extra_data.opportunityId) and on the opportunity (extra_data.leadId). */
  'converted',
  /** Value, close date, source, priority, category, title, client, branch or a pipeline field changed (from and to in extra_data.changes). */
  'deal_updated',
  'owner_changed',
  'deleted',
] as const;
export type DossierActivityType = (typeof DOSSIER_ACTIVITY_TYPES)[number];

/** The entries a user logs by hand (POST /api/dossiers/{id}/activities). */
export const LOGGED_ACTIVITY_TYPES = ['note', 'email', 'task', 'appointment'] as const;

/** The stage keys of a stage group (an overview tab); every stage for `all`. */
export function stagesInGroup(pipeline: PipelineDefinition, group: string): string[] {
  return pipeline.stages.filter((stage) => group === 'all' || (stage.group ?? 'open') === group).map((stage) => stage.key);
}

/** The pipeline's stage groups in board order (the overview's tabs). */
export function stageGroups(pipeline: PipelineDefinition): string[] {
  return [...new Set(pipeline.stages.filter((stage) => stage.active).map((stage) => stage.group ?? 'open'))];
}

/**
 * A lead converts into an opportunity once (SPEC R4.3), from a stage its
 * pipeline counts as won (the Leads template's Qualified). Throws the
 * refusal; the database's unique converted-from key backs the "once".
 */
export function assertConvertible(pipeline: PipelineDefinition, lead: { stage: string; convertedTo: string | null }): void {
  if (lead.convertedTo !== null) throw conflict('This lead has already been converted into an opportunity.');
  if (findStage(pipeline, lead.stage)?.outcome !== 'won') {
    const ends = pipeline.stages.filter((stage) => stage.outcome === 'won').map((stage) => stage.key);
    throw validationError([{ path: 'leadId', message: `only a lead in its end stage (${ends.join(', ')}) can be converted` }]);
  }
}

/** A field change for the timeline's deal_updated entry, or nothing when it did not change. */
export function changeOf<T>(from: T, to: T | undefined): { from: T; to: T } | undefined {
  return to === undefined || to === from ? undefined : { from, to };
}
