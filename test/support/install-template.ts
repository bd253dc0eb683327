import { randomUUID } from 'node:crypto';
import type { Db } from '../../src/platform/db/database.js';
import type { Pipeline, PipelineDefinition } from '../../src/pipeline/domain/index.js';
import { loadPipeline, recordVersion } from '../../src/pipeline/index.js';

/*
 * Gives an agency a pipeline built from a template (or any definition), the
 * way the database's install_recruitment_bd() does: rows in the pipeline
 * tables, then version 1 snapshotted by recordVersion. For tests that need
 * a second pipeline (Client stage, Deal) before the pipelines API exists to
 * create one.
 */
export async function installTemplate(
  db: Db,
  agencyId: string,
  template: PipelineDefinition & { key?: string },
  options: { isDefault?: boolean } = {},
): Promise<Pipeline> {
  const pipelineId = randomUUID();
  await db.transaction().execute(async (trx) => {
    if (options.isDefault) {
      await trx.updateTable('pipelines').set({ is_default: false }).where('agency_id', '=', agencyId).where('kind', '=', template.kind).execute();
    }
    await trx
      .insertInto('pipelines')
      .values({
        agency_id: agencyId,
        id: pipelineId,
        kind: template.kind,
        name_nl: template.name.nl,
        name_en: template.name.en,
        template_key: template.key ?? null,
        entry_stage: template.entryStage,
        skip_needs_reason: template.skipNeedsReason,
        automations: JSON.stringify(template.automations),
        is_default: options.isDefault ?? false,
      })
      .execute();
    const at = { agency_id: agencyId, pipeline_id: pipelineId };
    for (const [position, field] of template.fields.entries()) {
      await trx
        .insertInto('pipeline_fields')
        .values({ ...at, key: field.key, position, label_nl: field.label.nl, label_en: field.label.en, type: field.type, options: field.options ? JSON.stringify(field.options) : null })
        .execute();
    }
    for (const [position, stage] of template.stages.entries()) {
      await trx
        .insertInto('pipeline_stages')
        .values({
          ...at,
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
        })
        .execute();
    }
    for (const stage of template.stages) {
      for (const to of stage.next) await trx.insertInto('pipeline_transitions').values({ ...at, from_key: stage.key, to_key: to }).execute();
      for (const [position, requirement] of stage.requires.entries()) {
        await trx
          .insertInto('pipeline_stage_requirements')
          .values({ ...at, stage_key: stage.key, position, kind: requirement.kind, field_key: requirement.kind === 'field' ? requirement.field : null })
          .execute();
      }
      for (const [position, item] of stage.checklist.entries()) {
        await trx
          .insertInto('pipeline_checklist_items')
          .values({ ...at, stage_key: stage.key, key: item.key, position, phase: item.phase, label_nl: item.label.nl, label_en: item.label.en })
          .execute();
      }
    }
    await recordVersion(trx, agencyId, pipelineId, 1, null);
  });
  return loadPipeline(db, agencyId, pipelineId);
}
