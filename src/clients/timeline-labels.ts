import type { z } from 'zod';
import type { Executor } from '../platform/db/database.js';
import { findStage, type PipelineDefinition } from '../pipeline/domain/index.js';
import { loadDefinition, type TimelineEntry } from '../pipeline/index.js';
import type { companyTimelineEntrySchema } from './clients.schemas.js';

export type CompanyTimelineEntry = z.output<typeof companyTimelineEntrySchema>;

/** What a stored activity says about the pipeline version its stages belong to. */
export interface StageContext {
  pipelineId: string | null;
  pipelineVersion: number | null;
}

/**
 * Names the stages each entry mentions as the pipeline version it was
 * recorded under names them, so the timeline keeps reading right after a
 * stage is renamed or the record moved to another pipeline. Entries
 * recorded without a version (not stage moves) are named by the record's
 * current pipeline. Versions never change: loadDefinition caches them.
 */
export async function withStageLabels(
  db: Executor,
  agencyId: string,
  current: { pipelineId: string; version: number },
  entries: (TimelineEntry & StageContext & { dossier?: CompanyTimelineEntry['dossier'] | undefined })[],
): Promise<CompanyTimelineEntry[]> {
  const loaded = new Map<string, Promise<PipelineDefinition>>();
  const definition = (pipelineId: string, version: number) => {
    const key = `${pipelineId}:${version}`;
    if (!loaded.has(key)) loaded.set(key, loadDefinition(db, agencyId, pipelineId, version));
    return loaded.get(key)!;
  };
  const fallback = () => definition(current.pipelineId, current.version);
  return Promise.all(
    entries.map(async ({ pipelineId, pipelineVersion, ...entry }) => {
      const own = pipelineId && pipelineVersion ? await definition(pipelineId, pipelineVersion) : await fallback();
      const from = entry.type === 'pipeline_changed' ? previousPipeline(entry.extraData) : null;
      const left = from ? await definition(from.pipelineId, from.version) : own;
      return {
        ...entry,
        oldStage: label(left, entry.oldStatus),
        newStage: label(own, entry.newStatus),
        pipelineChange: from ? { from: left.name, to: own.name } : null,
        dossier: entry.dossier ?? null,
      };
    }),
  );
}

function label(pipeline: PipelineDefinition, key: string | null) {
  const stage = key === null ? undefined : findStage(pipeline, key);
  return stage ? { key: stage.key, name: stage.name, color: stage.color } : null;
}

/** The pipeline a `pipeline_changed` entry left, as the stage writer recorded it. */
function previousPipeline(extra: Record<string, unknown>): { pipelineId: string; version: number } | null {
  return typeof extra.fromPipelineId === 'string' && typeof extra.fromPipelineVersion === 'number'
    ? { pipelineId: extra.fromPipelineId, version: extra.fromPipelineVersion }
    : null;
}
