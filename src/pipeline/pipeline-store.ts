import { LRUCache } from 'lru-cache';
import { sql } from 'kysely';
import { notFound } from '../platform/errors.js';
import type { Executor } from '../platform/db/database.js';
import type { Pipeline, PipelineDefinition, PipelineKind } from './domain/index.js';
import type { PipelineRow } from './pipeline.tables.js';
import { toDefinition } from './pipeline-definition.schema.js';

/*
 * Reading an agency's pipelines. A version's definition never changes once
 * written, so it is cached by (agency, pipeline, version) for the life of
 * the process, on every instance alike; what is current is read from the
 * pipelines row each time (one small indexed read), so an edit on another
 * instance counts from its commit on.
 */
const definitions = new LRUCache<string, PipelineDefinition>({ max: 2_000 });

export interface LoadOptions {
  /**
   * Holds the pipeline row against edits until the transaction ends (FOR
   * KEY SHARE): a stage move and an edit that archives its target stage
   * cannot interleave. Moves do not block each other.
   */
  lockAgainstEdits?: boolean;
}

/** The agency's pipeline at its current version; NOT_FOUND for another agency's. */
export async function loadPipeline(db: Executor, agencyId: string, pipelineId: string, options: LoadOptions = {}): Promise<Pipeline> {
  const row = await db
    .selectFrom('pipelines')
    .selectAll()
    .where('agency_id', '=', agencyId)
    .where('id', '=', pipelineId)
    .$if(options.lockAgainstEdits === true, (q) => q.forKeyShare())
    .executeTakeFirst();
  if (!row) throw notFound('Pipeline', pipelineId);
  return toPipeline(row, await loadDefinition(db, agencyId, pipelineId, row.version));
}

/** One version's definition, as its stage activities were decided under. */
export async function loadDefinition(db: Executor, agencyId: string, pipelineId: string, version: number): Promise<PipelineDefinition> {
  const cacheKey = `${agencyId}:${pipelineId}:${version}`;
  const cached = definitions.get(cacheKey);
  if (cached) return cached;
  const stored = await db
    .selectFrom('pipeline_versions')
    .select('definition')
    .where('agency_id', '=', agencyId)
    .where('pipeline_id', '=', pipelineId)
    .where('version', '=', version)
    .executeTakeFirst();
  if (!stored) throw notFound('Pipeline', `${pipelineId} version ${version}`);
  const definition = toDefinition(stored.definition);
  definitions.set(cacheKey, definition);
  return definition;
}

/** The agency's pipelines by kind (clients, leads, opportunities), each kind's default first, then by age; archived ones only when asked. */
export async function listPipelines(db: Executor, agencyId: string, options: { archived?: boolean } = {}): Promise<Pipeline[]> {
  const rows = await db
    .selectFrom('pipelines')
    .selectAll()
    .where('agency_id', '=', agencyId)
    .$if(!options.archived, (q) => q.where('archived_at', 'is', null))
    // Every agency gets its clients, leads and opportunities defaults in one transaction (one created_at): the kind orders them.
    .orderBy(sql`case kind when 'clients' then 0 when 'leads' then 1 else 2 end`)
    .orderBy('is_default', 'desc')
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return Promise.all(rows.map(async (row) => toPipeline(row, await loadDefinition(db, agencyId, row.id, row.version))));
}

/** The agency's default pipeline of a kind: where a followed company starts (SPEC R2.3). */
export async function defaultPipeline(db: Executor, agencyId: string, kind: PipelineKind = 'clients'): Promise<Pipeline> {
  const row = await db
    .selectFrom('pipelines')
    .select('id')
    .where('agency_id', '=', agencyId)
    .where('kind', '=', kind)
    .where('is_default', '=', true)
    .executeTakeFirst();
  if (!row) throw notFound('Pipeline', `default ${kind}`);
  return loadPipeline(db, agencyId, row.id);
}

/** Writes the current tables' definition as the pipeline's version `version` (the database builds it: pipeline_definition()). */
export async function recordVersion(trx: Executor, agencyId: string, pipelineId: string, version: number, userId: string | null): Promise<void> {
  forgetDefinition(agencyId, pipelineId, version);
  await sql`insert into pipeline_versions (agency_id, pipeline_id, version, definition, created_by)
    values (${agencyId}, ${pipelineId}, ${version}, pipeline_definition(${agencyId}, ${pipelineId}), ${userId})`.execute(trx);
}

/**
 * Drops a cached definition. Only a version that was never committed can
 * be wrong in the cache: one read inside the transaction that wrote it (an
 * edit's own moves), which then rolled back. The edit forgets it when it
 * fails, and recordVersion before writing a version anew.
 */
export function forgetDefinition(agencyId: string, pipelineId: string, version: number): void {
  definitions.delete(`${agencyId}:${pipelineId}:${version}`);
}

function toPipeline(row: PipelineRow, definition: PipelineDefinition): Pipeline {
  return { ...definition, id: row.id, version: row.version, templateKey: row.template_key, isDefault: row.is_default, archived: row.archived_at !== null };
}
