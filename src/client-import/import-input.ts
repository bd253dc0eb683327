import { z } from 'zod';
import { LOSS_REASONS } from '../pipeline/domain/index.js';
import { validationError, type FieldIssue } from '../platform/errors.js';
import type { Executor } from '../platform/db/database.js';
import { id, plainString } from '../platform/input/input.js';
import { loadPipeline, defaultPipeline } from '../pipeline/index.js';
import type { Pipeline } from '../pipeline/domain/index.js';
import {
  detectSource,
  IMPORT_FIELDS,
  IMPORT_SOURCES,
  planImport,
  presetColumns,
  type AgencyUser,
  type ImportOptions,
  type ImportPlan,
  type ImportSource,
  type ImportTable,
} from './domain/index.js';
import { readImportFile, type FileFormat } from './read-file.js';
import { notFound } from '../platform/errors.js';

const name = (max: number) => plainString().max(max, { error: `must be at most ${max} characters` });

/**
 * How to read an uploaded file: which source's preset, which pipeline, and
 * the admin's edits of the suggested mappings (docs/api.md, "Import
 * clients"). Everything left out is detected or suggested.
 */
export const importOptionsInput = z
  .object({
    /** The uploaded file (POST /api/client-imports/files). */
    fileId: id,
    /** The preset to read the file with; detected from its header when absent. */
    source: z.enum(IMPORT_SOURCES).optional(),
    /** The clients pipeline the records enter; the agency's default when absent. */
    pipelineId: id.optional(),
    /** Column header → field (null: not imported); the preset's mapping when absent. */
    columns: z.record(name(300), z.enum(IMPORT_FIELDS).nullable()).optional(),
    /** The source's stage name → our stage key. */
    stages: z.record(name(500), z.string().regex(/^[a-z][a-z0-9_]{0,59}$/, { error: 'must be a stage key' })).optional(),
    /** The source's lost reason → a standard loss reason key, or `other` to keep the text. */
    lossReasons: z.record(name(2_000), z.enum(['other', ...LOSS_REASONS.map((r) => r.key)] as [string, ...string[]])).optional(),
    /** The source's owner (name or e-mail) → a user of the agency, or null for none. */
    owners: z.record(name(500), id.nullable()).optional(),
  })
  .strict();

export type ImportOptionsInput = z.output<typeof importOptionsInput>;

/** An uploaded file read, with everything its plan needs. */
export interface LoadedImport {
  fileId: string;
  fileName: string;
  format: FileFormat;
  table: ImportTable;
  detectedSource: ImportSource;
  options: ImportOptions;
  pipeline: Pipeline;
  users: AgencyUser[];
  plan: ImportPlan;
}

/** The agency's uploaded file, or NOT_FOUND (another agency's too). */
export async function loadFile(db: Executor, agencyId: string, fileId: string) {
  const file = await db
    .selectFrom('client_import_files')
    .select(['id', 'file_name', 'format', 'content'])
    .where('agency_id', '=', agencyId)
    .where('id', '=', fileId)
    .executeTakeFirst();
  if (!file) throw notFound('ClientImportFile', fileId);
  return file;
}

/** Reads the file and plans it under the options, checking that each mapping names a column, stage or user there is. */
export async function loadImport(db: Executor, agencyId: string, request: ImportOptionsInput, read?: { table: ImportTable; fileName: string; format: FileFormat }): Promise<LoadedImport> {
  let file = read;
  if (!file) {
    const row = await loadFile(db, agencyId, request.fileId);
    file = { table: await readImportFile(row.content, row.format), fileName: row.file_name, format: row.format };
  }
  const pipeline = request.pipelineId ? await loadPipeline(db, agencyId, request.pipelineId) : await defaultPipeline(db, agencyId);
  const issues: FieldIssue[] = [];
  if (pipeline.archived || pipeline.kind !== 'clients') issues.push({ path: 'pipelineId', message: pipeline.archived ? 'the pipeline is archived' : 'companies follow a clients pipeline' });
  const users = await db
    .selectFrom('users')
    .select(['id', 'email', 'name'])
    .where('agency_id', '=', agencyId)
    .where('deactivated_at', 'is', null)
    .orderBy('created_at')
    .execute();
  const detectedSource = detectSource(file.table.headers);
  const source = request.source ?? detectedSource;
  const columns = { ...presetColumns(source, file.table.headers), ...request.columns };
  for (const header of Object.keys(request.columns ?? {})) if (!file.table.headers.includes(header)) issues.push({ path: `columns.${header}`, message: 'not a column of the file' });
  for (const [stage, key] of Object.entries(request.stages ?? {})) {
    if (!pipeline.stages.some((s) => s.key === key && s.active)) issues.push({ path: `stages.${stage}`, message: 'not a stage of this pipeline' });
  }
  for (const [owner, userId] of Object.entries(request.owners ?? {})) {
    if (userId !== null && !users.some((u) => u.id === userId)) issues.push({ path: `owners.${owner}`, message: 'not a user of this agency' });
  }
  if (issues.length > 0) throw validationError(issues);
  const options: ImportOptions = {
    source,
    columns,
    stages: request.stages,
    lossReasons: request.lossReasons as ImportOptions['lossReasons'],
    owners: request.owners,
  };
  return {
    fileId: request.fileId,
    fileName: file.fileName,
    format: file.format,
    table: file.table,
    detectedSource,
    options,
    pipeline,
    users,
    plan: planImport(file.table, options, { pipeline, users }),
  };
}
