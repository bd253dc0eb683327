import type { PipelineDefinition as Pipeline } from '../../pipeline/domain/index.js';

/*
 * A company's path through one pipeline, replayed from its activities: the
 * status_change rows, with company_tracked (followed, entering the entry
 * stage), company_deleted (no longer followed) and pipeline_changed
 * (entering this pipeline from another, or leaving it for another) around
 * them (see pipeline-membership.ts). Every figure of the dashboard is
 * computed from this replay, never from a second copy.
 *
 * An On-hold stage (outcome `on_hold`) parks a record: it is no outcome,
 * its time counts in no stage figure, and a record that comes back from it
 * continues its cycle and, when it returns to the stage it left, that stay.
 */

/** One entry of a company's stage log, in log order (created_at, then seq). */
export type StageEvent =
  /** company_tracked: followed, or followed again after a soft delete. */
  | { kind: 'followed'; at: Date; stage: string }
  /** status_change into `stage`; `lossReason` is the key stored with a move to a lost stage. */
  | { kind: 'moved'; at: Date; stage: string; lossReason?: string | null | undefined }
  /** company_deleted: the agency stopped following it (soft delete). */
  | { kind: 'unfollowed'; at: Date }
  /** pipeline_changed into this pipeline, at `stage`: like a follow, it starts a stay and a cycle here. */
  | { kind: 'entered'; at: Date; stage: string; lossReason?: string | null | undefined }
  /** pipeline_changed out of this pipeline: like an unfollow, its stay and cycle here end. */
  | { kind: 'left'; at: Date };

/** Whether the event takes the company out of the pipeline (unfollowed, or moved to another pipeline). */
function isExit(event: StageEvent): event is Extract<StageEvent, { kind: 'unfollowed' | 'left' }> {
  return event.kind === 'unfollowed' || event.kind === 'left';
}

/** Whether the event brings the company (back) into the pipeline: a new cycle starts. */
function isEntry(event: StageEvent): boolean {
  return event.kind === 'followed' || event.kind === 'entered';
}

export interface CompanyHistory {
  companyId: string;
  events: readonly StageEvent[];
}

/** A stay in one stage, [from, to); `to` is null while the company is still there. */
export interface StageInterval {
  stage: string;
  from: Date;
  to: Date | null;
  /**
   * Milliseconds spent in this same stage before an On-hold pause that
   * this stay resumes (see pauseOnHold): they count with this stay.
   */
  carriedMs?: number | undefined;
  /** The stay went on hold and a later stay resumed it: its time counts with that one, not on its own. */
  resumed?: true | undefined;
}

/**
 * The stays a company's log describes. Each follow or move closes the open
 * stay and opens one in the stage entered; unfollowing (or leaving for
 * another pipeline) closes it without opening another, so time while not
 * followed belongs to no stage.
 */
export function stageIntervals(events: readonly StageEvent[]): StageInterval[] {
  const intervals: StageInterval[] = [];
  let open: StageInterval | null = null;
  for (const event of events) {
    if (open) open.to = event.at;
    open = isExit(event) ? null : { stage: event.stage, from: event.at, to: null };
    if (open) intervals.push(open);
  }
  return intervals;
}

/**
 * Joins the stays an On-hold pause interrupted: when a company goes on hold
 * from a stage and comes back to that same stage (with no other stay, nor
 * time outside the pipeline, between), the stay before the pause is
 * `resumed` and its time is carried into the stay after it, so Lead 10
 * days → On hold 30 days → Lead 5 days is 15 days in Lead. Changes the
 * intervals in place and returns them.
 */
export function pauseOnHold(pipeline: Pipeline, intervals: StageInterval[]): StageInterval[] {
  const onHold = new Set(pipeline.stages.filter((s) => s.outcome === 'on_hold').map((s) => s.key));
  if (onHold.size === 0) return intervals;
  for (let i = 0; i < intervals.length; i++) {
    const before = intervals[i]!;
    if (onHold.has(before.stage) || before.to === null) continue;
    // The run of On-hold stays right after it, then the stay they lead to.
    let j = i + 1;
    let end = before.to.getTime();
    while (j < intervals.length && onHold.has(intervals[j]!.stage) && intervals[j]!.from.getTime() === end && intervals[j]!.to !== null) {
      end = intervals[j]!.to!.getTime();
      j++;
    }
    const after = intervals[j];
    if (j === i + 1 || after?.stage !== before.stage || after.from.getTime() !== end) continue;
    before.resumed = true;
    after.carriedMs = (before.carriedMs ?? 0) + (before.to.getTime() - before.from.getTime());
  }
  return intervals;
}

/** Whether a stage ends or parks a record (won, lost, on hold): a company rests there rather than being worked. */
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
 * Lost and On hold are not steps.
 */
export function funnelStages(pipeline: Pipeline): string[] {
  return pipeline.stages.filter((s) => s.outcome === undefined || s.outcome === 'won').map((s) => s.key);
}

/**
 * One attempt to win a company (SPEC R2.7: Lost → Prospect restarts the
 * cycle). A cycle starts when the company is followed (again) or enters
 * the pipeline from another, or when it leaves Won or Lost for another
 * stage; it ends when it is unfollowed, leaves the pipeline, or the next
 * cycle starts. Going on hold and coming back continues the cycle.
 */
export interface Cycle {
  startedAt: Date;
  /**
   * When the cycle first reached each funnel step, by stage key. Reaching a
   * step also reaches every step before it that was skipped (Prospect →
   * Meeting passes Contacted), which keeps the funnel monotone.
   */
  reachedAt: Readonly<Partial<Record<string, Date>>>;
  /**
   * Milliseconds the cycle spent on hold before first reaching each step,
   * by stage key; only present when it went on hold. Velocity leaves them out.
   */
  heldMs?: Readonly<Partial<Record<string, number>>> | undefined;
  /**
   * The step a cycle that began by entering from another pipeline entered
   * at: it and the steps before it were passed on entry, not worked here,
   * so velocity leaves them out (the funnel still counts them reached).
   */
  enteredAt?: string | undefined;
}

/** A company's cycles, oldest first. */
export function stageCycles(pipeline: Pipeline, events: readonly StageEvent[]): Cycle[] {
  const steps = funnelStages(pipeline);
  const ends = new Set(pipeline.stages.filter((s) => s.outcome === 'won' || s.outcome === 'lost').map((s) => s.key));
  const onHold = new Set(pipeline.stages.filter((s) => s.outcome === 'on_hold').map((s) => s.key));
  const cycles: Cycle[] = [];
  let current: { startedAt: Date; reachedAt: Partial<Record<string, Date>>; heldMs?: Partial<Record<string, number>>; enteredAt?: string } | null = null;
  let stage: string | null = null;
  let stageSince = 0;
  let held = 0;
  for (const event of events) {
    if (isExit(event)) {
      current = null;
      stage = null;
      continue;
    }
    const restartsAfterEnd = stage !== null && ends.has(stage) && !ends.has(event.stage);
    if (!current || isEntry(event) || restartsAfterEnd) {
      // Every step present (unreached ones undefined) gives all cycles one shape, which the dashboard's loops over 100,000s of them need.
      current = { startedAt: event.at, reachedAt: unreached(steps) };
      if (event.kind === 'entered' && steps.includes(event.stage)) current.enteredAt = event.stage;
      cycles.push(current);
      held = 0;
    } else if (stage !== null && onHold.has(stage)) {
      held += event.at.getTime() - stageSince;
    }
    stage = event.stage;
    stageSince = event.at.getTime();
    const rank = steps.indexOf(stage);
    for (const step of steps.slice(0, rank + 1)) {
      if (current.reachedAt[step] !== undefined) continue;
      current.reachedAt[step] = event.at;
      if (held > 0) (current.heldMs ??= {})[step] = held;
    }
  }
  return cycles;
}

function unreached(steps: readonly string[]): Partial<Record<string, Date>> {
  const reachedAt: Partial<Record<string, Date>> = {};
  for (const step of steps) reachedAt[step] = undefined;
  return reachedAt;
}
