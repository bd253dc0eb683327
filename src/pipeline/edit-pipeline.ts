import { setTimeout as delay } from 'node:timers/promises';
import { z } from 'zod';
import type { Actor } from '../identity/domain/index.js';
import { authorize } from '../identity/index.js';
import { systemClock, type Clock } from '../platform/clock.js';
import type { Db, Executor } from '../platform/db/database.js';
import { conflict, notFound, validationError } from '../platform/errors.js';
import { publishCompanyChange } from '../platform/events/company-changes.js';
import { id, parseInput, plainString } from '../platform/input/input.js';
import { archivalMoves, definitionIssues, editIssues, findStage, under, type ArchivalMove, type Pipeline, type PipelineDefinition } from './domain/index.js';
import { pipelineName } from './create-pipeline.js';
import { pipelineDefinitionSchema } from './pipeline-definition.schema.js';
import type { PipelineRow } from './pipeline.tables.js';
import { forgetDefinition, loadDefinition, loadPipeline, recordVersion } from './pipeline-store.js';
import { moveToStage } from './stage-writer.js';
import { makeDefault, writePipelineTables } from './write-pipeline-tables.js';

const stageKey = plainString().max(40, { error: 'must be at most 40 characters' });

export const editPipelineInput = z
  .object({
    pipelineId: id,
    /** The version the change was made on (the pipeline's `version`); another admin's edit since then makes this a 409. */
    version: z.number().int().min(1).max(2_147_483_647),
    /** The whole new definition. Stages are never removed (archive one with `active: false`), keys and the kind never change. */
    definition: pipelineDefinitionSchema.optional(),
    /** A new name (over the definition's). */
    name: pipelineName.optional(),
    /** Make it its kind's default; the other default stops being one. */
    isDefault: z.boolean().optional(),
    /** Archive (hide, take no new records) or restore the pipeline. */
    archived: z.boolean().optional(),
    /** For each stage the definition archives while it holds records: the active stage to move them to. */
    moves: z.record(stageKey, stageKey).optional(),
  })
  .strict();

export type EditPipelineInput = z.input<typeof editPipelineInput>;
type EditRequest = z.output<typeof editPipelineInput>;

/** Attempts before an edit that finds records locked by a move in progress gives up (a 409). */
const ATTEMPTS = 3;

/**
 * Edits a pipeline (SPEC R3.3; admins). The pipelines row is locked FOR
 * UPDATE, which waits for the moves in progress (they hold FOR KEY SHARE)
 * and holds new ones off, and the version sent must be the stored one, so
 * two admins never silently overwrite each other. The change becomes a new
 * version; records in a stage it archives are moved by the stage writer,
 * as the editing admin's override under the new version, each on its
 * timeline. Nothing is written unless all of it is.
 */
export async function editPipeline(db: Db, actor: Actor, input: EditPipelineInput, clock: Clock = systemClock): Promise<Pipeline> {
  authorize(actor, 'pipelines:manage');
  const request = parseInput(editPipelineInput, input);
  if (request.definition === undefined && request.name === undefined && request.isDefault === undefined && request.archived === undefined) {
    throw validationError([{ path: '', message: 'nothing to change: give definition, name, isDefault or archived' }]);
  }
  if (request.moves && !request.definition) throw validationError([{ path: 'moves', message: 'moves go with a definition that archives stages' }]);
  if (request.definition) {
    const issues = definitionIssues(request.definition);
    if (issues.length > 0) throw validationError(under('definition', issues));
  }

  for (let attempt = 1; ; attempt++) {
    try {
      const { pipeline, moved } = await db.transaction().execute((trx) => edit(trx, actor, request, clock));
      for (const companyId of moved) publishCompanyChange({ agencyId: actor.agencyId, companyId, kind: 'status_changed' });
      return pipeline;
    } catch (error) {
      // Its moves may have read the new version into the cache; it was never committed.
      forgetDefinition(actor.agencyId, request.pipelineId, request.version + 1);
      if (!isLockBusy(error)) throw error;
      if (attempt === ATTEMPTS) throw conflict('Records of this pipeline are being moved right now; try again in a moment.');
      await delay(50 * attempt);
    }
  }
}

async function edit(trx: Executor, actor: Actor, request: EditRequest, clock: Clock): Promise<{ pipeline: Pipeline; moved: string[] }> {
  const { agencyId } = actor;
  const row = await trx.selectFrom('pipelines').selectAll().where('agency_id', '=', agencyId).where('id', '=', request.pipelineId).forUpdate().executeTakeFirst();
  if (!row) throw notFound('Pipeline', request.pipelineId);
  if (row.version !== request.version) {
    throw conflict(`This pipeline was changed by someone else (it is now at version ${row.version}); reload it and make your change again.`);
  }
  const before = await loadDefinition(trx, agencyId, row.id, row.version);
  const after: PipelineDefinition = { ...(request.definition ?? before), name: request.name ?? request.definition?.name ?? before.name };
  const issues = under('definition', editIssues(before, after));
  if (issues.length > 0) throw validationError(issues);

  const records = await recordsByStage(trx, agencyId, row.id);
  const plan = archivalMoves(after, records, request.moves ?? {});
  if (plan.issues.length > 0) throw validationError(plan.issues);
  const archive = request.archived ?? row.archived_at !== null;
  checkDefaultAndArchive(row, request, archive, Object.values(records).reduce((sum, count) => sum + count, 0));

  const version = row.version + 1;
  await trx
    .updateTable('pipelines')
    .set({ version, archived_at: archive ? (row.archived_at ?? clock()) : null })
    .where('agency_id', '=', agencyId)
    .where('id', '=', row.id)
    .execute();
  if (request.definition || request.name) await writePipelineTables(trx, agencyId, row.id, after);
  if (request.isDefault && !row.is_default) await makeDefault(trx, agencyId, row.id, row.kind);
  await recordVersion(trx, agencyId, row.id, version, actor.userId);
  const moved = await moveRecords(trx, actor, row.id, before, plan.moves, clock);
  return { pipeline: await loadPipeline(trx, agencyId, row.id), moved };
}

/** The pipeline's live records, counted by stage. */
async function recordsByStage(trx: Executor, agencyId: string, pipelineId: string): Promise<Record<string, number>> {
  const rows = await trx
    .selectFrom('companies')
    .select((eb) => ['client_status', eb.fn.countAll<string>().as('count')])
    .where('agency_id', '=', agencyId)
    .where('pipeline_id', '=', pipelineId)
    .where('deleted_at', 'is', null)
    .groupBy('client_status')
    .execute();
  return Object.fromEntries(rows.map((row) => [row.client_status, Number(row.count)]));
}

/** An archived pipeline takes no records and is never the default; each kind keeps its default. */
function checkDefaultAndArchive(row: PipelineRow, request: EditRequest, archive: boolean, records: number): void {
  if (request.isDefault === false && row.is_default) {
    throw conflict('Every kind keeps one default pipeline: make another pipeline the default instead.');
  }
  if (!archive) return;
  if (row.archived_at !== null) {
    if (request.isDefault) throw conflict('An archived pipeline cannot be the default.');
    return;
  }
  if (request.isDefault || row.is_default) throw conflict('The default pipeline cannot be archived: make another pipeline the default first.');
  if (records > 0) throw conflict(`The pipeline still holds ${records} record(s): move them to another pipeline before archiving it.`);
}

/**
 * Moves every live record out of the stages the edit archives (R3.3), as
 * the admin's override, under the new version (so the target is legal and
 * the source is archived). The records are locked without waiting: a move
 * in progress holds its record and waits for the pipeline this edit holds,
 * so waiting here would deadlock; the edit starts again instead.
 */
async function moveRecords(trx: Executor, actor: Actor, pipelineId: string, before: PipelineDefinition, moves: ArchivalMove[], clock: Clock): Promise<string[]> {
  if (moves.length === 0) return [];
  const companies = await trx
    .selectFrom('companies')
    .selectAll()
    .where('agency_id', '=', actor.agencyId)
    .where('pipeline_id', '=', pipelineId)
    .where('deleted_at', 'is', null)
    .where('client_status', 'in', moves.map((move) => move.from))
    .orderBy('id')
    .forUpdate()
    .noWait()
    .execute();
  const now = clock();
  for (const company of companies) {
    const to = moves.find((move) => move.from === company.client_status)!.to;
    const stage = findStage(before, company.client_status)?.name.en ?? company.client_status;
    await moveToStage(trx, company, actor.userId, { to, override: { reason: `Stage archived: ${stage}` } }, now);
  }
  return companies.map((company) => company.id);
}

/** PostgreSQL's lock_not_available (NOWAIT found the row locked). */
function isLockBusy(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '55P03';
}
