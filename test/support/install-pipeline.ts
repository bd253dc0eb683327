import type { Db } from '../../src/platform/db/database.js';
import type { PipelineDefinition } from '../../src/pipeline/domain/index.js';
import { recordVersion } from '../../src/pipeline/index.js';

/**
 * Writes a pipeline definition (a template, or one a test builds) into an
 * agency's pipeline tables as version 1, the way an admin's new pipeline is
 * stored, for tests that need a second pipeline. Not the default one.
 */
export async function installPipeline(
  db: Db,
  agencyId: string,
  definition: PipelineDefinition & { key?: string },
  options: { archived?: boolean } = {},
): Promise<string> {
  return db.transaction().execute(async (trx) => {
    const { id } = await trx
      .insertInto('pipelines')
      .values({
        agency_id: agencyId,
        kind: definition.kind,
        name_nl: definition.name.nl,
        name_en: definition.name.en,
        template_key: definition.key ?? null,
        entry_stage: definition.entryStage,
        skip_needs_reason: definition.skipNeedsReason,
        automations: JSON.stringify(definition.automations),
        is_default: false,
        archived_at: options.archived ? new Date() : null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const of = { agency_id: agencyId, pipeline_id: id };
    await trx
      .insertInto('pipeline_stages')
      .values(
        definition.stages.map((stage, position) => ({
          ...of,
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
      .execute();
    const moves = definition.stages.flatMap((stage) => stage.next.map((to) => ({ ...of, from_key: stage.key, to_key: to })));
    if (moves.length > 0) await trx.insertInto('pipeline_transitions').values(moves).execute();
    if (definition.fields.length > 0) {
      await trx
        .insertInto('pipeline_fields')
        .values(
          definition.fields.map((field, position) => ({
            ...of,
            key: field.key,
            position,
            label_nl: field.label.nl,
            label_en: field.label.en,
            type: field.type,
            options: field.options ? JSON.stringify(field.options) : null,
          })),
        )
        .execute();
    }
    const requirements = definition.stages.flatMap((stage) =>
      stage.requires.map((requirement, position) => ({
        ...of,
        stage_key: stage.key,
        position,
        kind: requirement.kind,
        field_key: requirement.kind === 'field' ? requirement.field : null,
      })),
    );
    if (requirements.length > 0) await trx.insertInto('pipeline_stage_requirements').values(requirements).execute();
    const items = definition.stages.flatMap((stage) =>
      stage.checklist.map((item, position) => ({
        ...of,
        stage_key: stage.key,
        key: item.key,
        position,
        phase: item.phase,
        label_nl: item.label.nl,
        label_en: item.label.en,
      })),
    );
    if (items.length > 0) await trx.insertInto('pipeline_checklist_items').values(items).execute();
    await recordVersion(trx, agencyId, id, 1, null);
    return id;
  });
}
