import { sql } from 'kysely';
import type { Executor } from '../platform/db/database.js';
import { validationError } from '../platform/errors.js';
import type { PipelineDefinition } from './domain/index.js';

/*
 * Writes a definition into a pipeline's tables (the pipelines row's own
 * columns, stages, transitions, gates, checklists and fields), in the
 * caller's transaction; recordVersion then snapshots them. Stages are
 * upserted by key and never deleted: records, history and the dashboard
 * name them. A stage missing from the definition is refused here too, as a
 * last line behind the domain's editIssues.
 */

/** The pipelines row's columns that a definition sets. */
export function definitionColumns(definition: PipelineDefinition) {
  return {
    name_nl: definition.name.nl,
    name_en: definition.name.en,
    entry_stage: definition.entryStage,
    skip_needs_reason: definition.skipNeedsReason,
    automations: JSON.stringify(definition.automations),
  };
}

export async function writePipelineTables(trx: Executor, agencyId: string, pipelineId: string, definition: PipelineDefinition): Promise<void> {
  const owned = { agency_id: agencyId, pipeline_id: pipelineId };
  // Rows that refer to stages and fields go first; they are written again below.
  for (const table of ['pipeline_stage_requirements', 'pipeline_checklist_items', 'pipeline_transitions', 'pipeline_fields'] as const) {
    await trx.deleteFrom(table).where('agency_id', '=', agencyId).where('pipeline_id', '=', pipelineId).execute();
  }
  await trx.updateTable('pipelines').set(definitionColumns(definition)).where('agency_id', '=', agencyId).where('id', '=', pipelineId).execute();

  // Positions are unique per pipeline, checked row by row: park the old ones below zero (distinct), then write the new order.
  await trx
    .updateTable('pipeline_stages')
    .set({ position: sql<number>`-1 - ${sql.ref('position')}` })
    .where('agency_id', '=', agencyId)
    .where('pipeline_id', '=', pipelineId)
    .execute();
  await trx
    .insertInto('pipeline_stages')
    .values(
      definition.stages.map((stage, position) => ({
        ...owned,
        key: stage.key,
        position,
        name_nl: stage.name.nl,
        name_en: stage.name.en,
        color: stage.color,
        icon: stage.icon,
        outcome: stage.outcome ?? null,
        stale_after_days: stage.staleAfterDays ?? null,
        follow_up_days: stage.followUp?.afterDays ?? null,
        follow_up_from: stage.followUp?.from ?? null,
        probability: stage.probability ?? null,
        stage_group: stage.group ?? null,
        active: stage.active,
      })),
    )
    .onConflict((oc) =>
      oc.columns(['agency_id', 'pipeline_id', 'key']).doUpdateSet((eb) => ({
        position: eb.ref('excluded.position'),
        name_nl: eb.ref('excluded.name_nl'),
        name_en: eb.ref('excluded.name_en'),
        color: eb.ref('excluded.color'),
        icon: eb.ref('excluded.icon'),
        outcome: eb.ref('excluded.outcome'),
        stale_after_days: eb.ref('excluded.stale_after_days'),
        follow_up_days: eb.ref('excluded.follow_up_days'),
        follow_up_from: eb.ref('excluded.follow_up_from'),
        probability: eb.ref('excluded.probability'),
        stage_group: eb.ref('excluded.stage_group'),
        active: eb.ref('excluded.active'),
      })),
    )
    .execute();
  const missing = await trx
    .selectFrom('pipeline_stages')
    .select('key')
    .where('agency_id', '=', agencyId)
    .where('pipeline_id', '=', pipelineId)
    .where('position', '<', 0)
    .execute();
  if (missing.length > 0) {
    throw validationError(missing.map(({ key }) => ({ path: 'definition.stages', message: `stage '${key}' is missing: stages are never removed; archive it (active: false) instead` })));
  }

  const fields = definition.fields.map((field, position) => ({
    ...owned,
    key: field.key,
    position,
    label_nl: field.label.nl,
    label_en: field.label.en,
    type: field.type,
    options: field.options ? JSON.stringify(field.options) : null,
  }));
  const transitions = definition.stages.flatMap((stage) => stage.next.map((to) => ({ ...owned, from_key: stage.key, to_key: to })));
  const requirements = definition.stages.flatMap((stage) =>
    stage.requires.map((requirement, position) => ({
      ...owned,
      stage_key: stage.key,
      position,
      kind: requirement.kind,
      field_key: requirement.kind === 'field' ? requirement.field : null,
    })),
  );
  const checklist = definition.stages.flatMap((stage) =>
    stage.checklist.map((item, position) => ({
      ...owned,
      stage_key: stage.key,
      key: item.key,
      position,
      phase: item.phase,
      label_nl: item.label.nl,
      label_en: item.label.en,
    })),
  );
  if (fields.length > 0) await trx.insertInto('pipeline_fields').values(fields).execute();
  if (transitions.length > 0) await trx.insertInto('pipeline_transitions').values(transitions).execute();
  if (requirements.length > 0) await trx.insertInto('pipeline_stage_requirements').values(requirements).execute();
  if (checklist.length > 0) await trx.insertInto('pipeline_checklist_items').values(checklist).execute();
}

/**
 * Makes the pipeline its kind's default (one per kind, a partial unique
 * index): the current default is locked first, so of two admins moving
 * the default at once the second waits, and its update, a new statement,
 * then sees the first one's default and clears it. FOR NO KEY UPDATE, as
 * the update itself takes: moves in that pipeline (FOR KEY SHARE) go on.
 */
export async function makeDefault(trx: Executor, agencyId: string, pipelineId: string, kind: string): Promise<void> {
  await trx.selectFrom('pipelines').select('id').where('agency_id', '=', agencyId).where('kind', '=', kind).where('is_default', '=', true).forNoKeyUpdate().execute();
  await trx.updateTable('pipelines').set({ is_default: false }).where('agency_id', '=', agencyId).where('kind', '=', kind).where('is_default', '=', true).where('id', '<>', pipelineId).execute();
  await trx.updateTable('pipelines').set({ is_default: true }).where('agency_id', '=', agencyId).where('id', '=', pipelineId).execute();
}
