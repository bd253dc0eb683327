/*
 * The admin's edits of an import's mappings, kept apart from the plan the
 * server answered with, and turned into the options the dry run and the
 * run take. Pure, for the unit tests.
 */

export interface MappingEdits {
  source?: string | undefined;
  pipelineId?: string | undefined;
  columns: Record<string, string | null>;
  stages: Record<string, string>;
  owners: Record<string, string | null>;
  lossReasons: Record<string, string>;
}

export const NO_EDITS: MappingEdits = { columns: {}, stages: {}, owners: {}, lossReasons: {} };

/** The request body for the file with these edits: only what the admin changed (the rest the server suggests again). */
export function optionsOf(fileId: string, edits: MappingEdits) {
  const nonEmpty = <T>(record: Record<string, T>) => (Object.keys(record).length > 0 ? record : undefined);
  return {
    fileId,
    ...(edits.source ? { source: edits.source } : {}),
    ...(edits.pipelineId ? { pipelineId: edits.pipelineId } : {}),
    ...(nonEmpty(edits.columns) ? { columns: edits.columns } : {}),
    ...(nonEmpty(edits.stages) ? { stages: edits.stages } : {}),
    ...(nonEmpty(edits.owners) ? { owners: edits.owners } : {}),
    ...(nonEmpty(edits.lossReasons) ? { lossReasons: edits.lossReasons } : {}),
  };
}

/** Edits with one more change; a new source or pipeline starts the column or stage edits over (they belong to the old one). */
export function edit(edits: MappingEdits, change: Partial<Omit<MappingEdits, 'columns' | 'stages' | 'owners' | 'lossReasons'>> & { kind?: 'columns' | 'stages' | 'owners' | 'lossReasons'; name?: string; value?: string | null }): MappingEdits {
  if (change.kind && change.name !== undefined) {
    return { ...edits, [change.kind]: { ...edits[change.kind], [change.name]: change.value } };
  }
  if (change.source !== undefined) return { ...edits, source: change.source, columns: {} };
  if (change.pipelineId !== undefined) return { ...edits, pipelineId: change.pipelineId, stages: {} };
  return edits;
}

/** How far a run is, 0–100 (a run with nothing to place is done). */
export function progressPercent(batch: { total: number; processed: number; status: string }): number {
  if (batch.status !== 'running' || batch.total === 0) return batch.status === 'running' ? 0 : 100;
  return Math.min(100, Math.round((batch.processed / batch.total) * 100));
}
