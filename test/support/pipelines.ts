import type { Actor } from '../../src/identity/domain/roles.js';
import type { Db, Executor } from '../../src/platform/db/database.js';
import type { PipelineDefinition } from '../../src/pipeline/domain/index.js';
import { enterPipeline } from '../../src/pipeline/stage-writer.js';
import { recordVersion } from '../../src/pipeline/pipeline-store.js';
import { createGlobalCompany } from './fixtures.js';

/*
 * Pipelines for tests, written the way the migration's
 * install_recruitment_bd writes the default one: rows in the pipeline
 * tables, then version 1 snapshotted by the database (recordVersion). Until
 * the pipelines API creates them, this is how a test gets a second
 * pipeline; it writes the tables only, so it decides nothing a use case
 * would.
 */

/** Installs `template` as a (not default) pipeline of the agency at version 1; returns its id. */
export async function installTemplate(db: Db, agencyId: string, template: PipelineDefinition & { key?: string }): Promise<string> {
  return db.transaction().execute(async (trx) => {
    const pipeline = await trx
      .insertInto('pipelines')
      .values({
        agency_id: agencyId,
        kind: template.kind,
        name_nl: template.name.nl,
        name_en: template.name.en,
        template_key: template.key ?? null,
        entry_stage: template.entryStage,
        skip_needs_reason: template.skipNeedsReason,
        automations: JSON.stringify(template.automations),
        is_default: false,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await insertDefinition(trx, agencyId, pipeline.id, template);
    await recordVersion(trx, agencyId, pipeline.id, 1, null);
    return pipeline.id;
  });
}

async function insertDefinition(trx: Executor, agencyId: string, pipelineId: string, template: PipelineDefinition): Promise<void> {
  const of = { agency_id: agencyId, pipeline_id: pipelineId };
  if (template.fields.length > 0) {
    await trx
      .insertInto('pipeline_fields')
      .values(
        template.fields.map((field, position) => ({
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
  await trx
    .insertInto('pipeline_stages')
    .values(
      template.stages.map((stage, position) => ({
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
  const transitions = template.stages.flatMap((stage) => stage.next.map((to) => ({ ...of, from_key: stage.key, to_key: to })));
  if (transitions.length > 0) await trx.insertInto('pipeline_transitions').values(transitions).execute();
  const requirements = template.stages.flatMap((stage) =>
    stage.requires.map((requirement, position) => ({
      ...of,
      stage_key: stage.key,
      position,
      kind: requirement.kind,
      field_key: requirement.kind === 'field' ? requirement.field : null,
    })),
  );
  if (requirements.length > 0) await trx.insertInto('pipeline_stage_requirements').values(requirements).execute();
  const items = template.stages.flatMap((stage) =>
    stage.checklist.map((item, position) => ({ ...of, stage_key: stage.key, key: item.key, position, phase: item.phase, label_nl: item.label.nl, label_en: item.label.en })),
  );
  if (items.length > 0) await trx.insertInto('pipeline_checklist_items').values(items).execute();
}

/** Follows a new company into the pipeline (its entry stage), through the stage writer; returns the agency's company id. */
export async function followInto(db: Db, actor: Actor, pipelineId: string, name?: string, now = new Date()): Promise<string> {
  const globalCompanyId = await createGlobalCompany(db, name);
  return db.transaction().execute(async (trx) => {
    const global = await trx.selectFrom('global_companies').select(['id', 'name']).where('id', '=', globalCompanyId).executeTakeFirstOrThrow();
    const { company } = await enterPipeline(trx, { agencyId: actor.agencyId, globalCompany: global, previous: undefined, pipelineId, ownerId: actor.userId, userId: actor.userId, now });
    return company.id;
  });
}
