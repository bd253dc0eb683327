import type { PipelineDefinition as Pipeline } from '../../pipeline/domain/index.js';

/*
 * A company's path through the pipeline, replayed from its activities: the
 * status_change rows, with company_tracked (followed, entering the entry
 * stage) and company_deleted (no longer followed) around them. Every figure
 * of the dashboard is computed from this replay, never from a second copy.
 */

/** One entry of a company's stage log, in log order (created_at, then seq). */
export type StageEvent =
  /** company_tracked: followed, or followed again after a soft delete. */
  | { kind: 'followed'; at: Date; stage: string }
  /** status_change into `stage`; `lossReason` is the key stored with a move to a lost stage. */
  | { kind: 'moved'; at: Date; stage: string; lossReason?: string | null | undefined }
  /** company_deleted: the agency stopped following it (soft delete). */
  | { kind: 'unfollowed'; at: Date };

export interface CompanyHistory {
  companyId: string;
  events: readonly StageEvent[];
}

/** A stay in one stage, [from, to); `to` is null while the company is still there. */
export interface StageInterval {
  stage: string;
  from: Date;
  to: Date | null;
}

/**
 * The stays a company's log describes. Each follow or move closes the open
 * stay and opens one in the stage entered; unfollowing closes it without
 * opening another, so time while not followed belongs to no stage.
 */
export function stageIntervals(events: readonly StageEvent[]): StageInterval[] {
  const intervals: StageInterval[] = [];
  let open: StageInterval | null = null;
  for (const event of events) {
    if (open) open.to = event.at;
    open = event.kind === 'unfollowed' ? null : { stage: event.stage, from: event.at, to: null };
    if (open) intervals.push(open);
  }
  return intervals;
}

/** Whether a stage ends the pipeline (won, lost or another outcome). */
export function isEndStage(pipeline: Pipeline, stage: string): boolean {
  return pipeline.stages.some((s) => s.key === stage && s.outcome !== undefined);
}

/** Stage keys with the given outcome (`won` or `lost`). */
export function stagesWithOutcome(pipeline: Pipeline, outcome: 'won' | 'lost'): string[] {
  return pipeline.stages.filter((s) => s.outcome === outcome).map((s) => s.key);
}

/**
 * The funnel's steps: the stages a company passes on its way to being won,
 * in board order (for Recruitment BD: prospect, contacted, meeting, won).
 * Lost and other outcomes are not steps.
 */
export function funnelStages(pipeline: Pipeline): string[] {
  return pipeline.stages.filter((s) => s.outcome === undefined || s.outcome === 'won').map((s) => s.key);
}

/**
 * One attempt to win a company (SPEC R2.7: Lost → Prospect restarts the
 * cycle). A cycle starts when the company is followed (again), or when it
 * leaves an end stage for a working stage; it ends when it is unfollowed or
 * the next cycle starts.
 */
export interface Cycle {
  startedAt: Date;
  /**
   * When the cycle first reached each funnel step, by stage key. Reaching a
   * step also reaches every step before it that was skipped (Prospect →
   * Meeting passes Contacted), which keeps the funnel monotone.
   */
  reachedAt: Readonly<Partial<Record<string, Date>>>;
}

/** A company's cycles, oldest first. */
export function stageCycles(pipeline: Pipeline, events: readonly StageEvent[]): Cycle[] {
  const steps = funnelStages(pipeline);
  const ends = new Set(pipeline.stages.filter((s) => s.outcome !== undefined).map((s) => s.key));
  const cycles: Cycle[] = [];
  let current: { startedAt: Date; reachedAt: Partial<Record<string, Date>> } | null = null;
  let stage: string | null = null;
  for (const event of events) {
    if (event.kind === 'unfollowed') {
      current = null;
      stage = null;
      continue;
    }
    const restartsAfterEnd = stage !== null && ends.has(stage) && !ends.has(event.stage);
    if (!current || event.kind === 'followed' || restartsAfterEnd) {
      // Every step present (unreached ones undefined) gives all cycles one shape, which the dashboard's loops over 100,000s of them need.
      current = { startedAt: event.at, reachedAt: unreached(steps) };
      cycles.push(current);
    }
    stage = event.stage;
    const rank = steps.indexOf(stage);
    for (const step of steps.slice(0, rank + 1)) current.reachedAt[step] ??= event.at;
  }
  return cycles;
}

function unreached(steps: readonly string[]): Partial<Record<string, Date>> {
  const reachedAt: Partial<Record<string, Date>> = {};
  for (const step of steps) reachedAt[step] = undefined;
  return reachedAt;
}
