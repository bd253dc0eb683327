import type { Db } from '../../src/platform/db/database.js';
import type { PipelineDefinition } from '../../src/pipeline/domain/index.js';
import { recordVersion } from '../../src/pipeline/index.js';
import { definitionColumns, writePipelineTables } from '../../src/pipeline/write-pipeline-tables.js';

/**
 * Stores any pipeline definition (a template, or one a test draws with
 * fields and gates no template has) for an agency as version 1, through the
 * same writer the pipelines API uses (writePipelineTables, recordVersion).
 * Not the default; archived when asked. Tests that can start from a
 * template use createPipeline itself.
 */
export async function installPipeline(
  db: Db,
  agencyId: string,
  definition: PipelineDefinition & { key?: string },
  options: { archived?: boolean } = {},
): Promise<string> {
  return db.transaction().execute(async (trx) => {
    const { key: templateKey, ...stored } = definition;
    const { id } = await trx
      .insertInto('pipelines')
      .values({ agency_id: agencyId, kind: stored.kind, template_key: templateKey ?? null, is_default: false, archived_at: options.archived ? new Date() : null, ...definitionColumns(stored) })
      .returning('id')
      .executeTakeFirstOrThrow();
    await writePipelineTables(trx, agencyId, id, stored);
    await recordVersion(trx, agencyId, id, 1, null);
    return id;
  });
}
