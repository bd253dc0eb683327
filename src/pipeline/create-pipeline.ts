import { z } from 'zod';
import { isUniqueViolation } from '../platform/db/unique-violation.js';
import type { Actor } from '../identity/domain/index.js';
import { authorize } from '../identity/index.js';
import type { Db, Executor } from '../platform/db/database.js';
import { conflict, validationError } from '../platform/errors.js';
import { parseInput, text } from '../platform/input/input.js';
import { definitionIssues, findTemplate, PIPELINE_TEMPLATES, type Pipeline, type PipelineDefinition } from './domain/index.js';
import { loadPipeline, recordVersion } from './pipeline-store.js';
import { definitionColumns, makeDefault, writePipelineTables } from './write-pipeline-tables.js';

export const pipelineName = z.object({ nl: text(200), en: text(200) }).strict();

export const createPipelineInput = z
  .object({
    /** The built-in template to start from (GET /api/pipeline-templates), e.g. `deal`. */
    templateKey: text(40),
    /** The pipeline's name; the template's by default. */
    name: pipelineName.optional(),
    /** Make it its kind's default (followed companies enter it); the first pipeline of a kind is its default anyway. */
    isDefault: z.boolean().optional(),
  })
  .strict();

/**
 * Creates a pipeline from a built-in template (SPEC R3.2, R3.3; admins):
 * writes the template's definition into the pipeline tables as version 1
 * and records that version. Each kind with pipelines has one default:
 * the first one, or the one made the default later, which takes it from
 * the other.
 */
export async function createPipeline(db: Db, actor: Actor, input: z.input<typeof createPipelineInput>): Promise<Pipeline> {
  authorize(actor, 'pipelines:manage');
  const request = parseInput(createPipelineInput, input);
  const template = findTemplate(request.templateKey);
  if (!template) {
    throw validationError([{ path: 'templateKey', message: `is not a template; templates are ${PIPELINE_TEMPLATES.map((t) => t.key).join(', ')}` }]);
  }
  const { key: templateKey, ...fromTemplate } = template;
  const definition: PipelineDefinition = { ...structuredClone(fromTemplate), name: request.name ?? fromTemplate.name };
  const issues = definitionIssues(definition);
  if (issues.length > 0) throw new Error(`Template ${templateKey} is not sound: ${JSON.stringify(issues)}`);

  // Two admins creating the first pipeline of a kind at once: no default row to lock, so the unique index decides; the one refused tries again and finds the other's default.
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction().execute((trx) => insertPipeline(trx, actor, templateKey, definition, request.isDefault));
    } catch (error) {
      if (!isUniqueViolation(error, 'pipelines_default_key')) throw error;
      if (attempt === 2) throw conflict('Another pipeline was made the default at the same moment; try again.');
    }
  }
}

async function insertPipeline(trx: Executor, actor: Actor, templateKey: string, definition: PipelineDefinition, isDefault: boolean | undefined): Promise<Pipeline> {
  const row = await trx
    .insertInto('pipelines')
    .values({ agency_id: actor.agencyId, kind: definition.kind, template_key: templateKey, is_default: false, ...definitionColumns(definition) })
    .returning('id')
    .executeTakeFirstOrThrow();
  await writePipelineTables(trx, actor.agencyId, row.id, definition);
  const hasDefault = await trx
    .selectFrom('pipelines')
    .select('id')
    .where('agency_id', '=', actor.agencyId)
    .where('kind', '=', definition.kind)
    .where('is_default', '=', true)
    .executeTakeFirst();
  // A kind with pipelines always has a default: the first one is it.
  if (isDefault || !hasDefault) await makeDefault(trx, actor.agencyId, row.id, definition.kind);
  await recordVersion(trx, actor.agencyId, row.id, 1, actor.userId);
  return loadPipeline(trx, actor.agencyId, row.id);
}
