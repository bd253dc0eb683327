import type { StageEvent } from './stage-history.js';

/*
 * A record moves between pipelines (pipeline_changed), so a company's log
 * holds its time in several. Each stage activity names the pipeline the
 * record is in after it; this keeps what happened in one pipeline: its
 * stay there ends where it moved away, and in the pipeline it moved to it
 * enters at the new stage.
 */

/** One stage activity of a company's log, with the pipeline the record is in after it. */
export type LoggedStageEvent =
  /** company_tracked, status_change, pipeline_changed or imported (a migration import's placement). */
  | { kind: 'followed' | 'moved' | 'pipelineChanged' | 'imported'; at: Date; stage: string; pipelineId: string; lossReason?: string | null | undefined }
  /** company_deleted. */
  | { kind: 'unfollowed'; at: Date };

/** The company's stage log as seen from one pipeline, in log order. */
export function eventsInPipeline(pipelineId: string, events: readonly LoggedStageEvent[]): StageEvent[] {
  const result: StageEvent[] = [];
  let inside = false;
  for (const event of events) {
    if (event.kind === 'unfollowed') {
      if (inside) result.push({ kind: 'unfollowed', at: event.at });
      inside = false;
      continue;
    }
    if (event.pipelineId !== pipelineId) {
      // Any record in another pipeline has left this one, whether by a pipeline change or by being followed again elsewhere.
      if (inside) result.push({ kind: 'left', at: event.at });
      inside = false;
      continue;
    }
    const { at, stage } = event;
    if (event.kind === 'followed') result.push({ kind: 'followed', at, stage });
    // An imported record enters its stage at the import's moment, like one moved in from another pipeline:
    // a stay and a cycle start there, a won or lost stage counts as that outcome then, and velocity leaves out the steps it skipped.
    else if (event.kind === 'pipelineChanged' || event.kind === 'imported') result.push({ kind: 'entered', at, stage, lossReason: event.lossReason });
    else result.push({ kind: 'moved', at, stage, lossReason: event.lossReason });
    inside = true;
  }
  return result;
}
