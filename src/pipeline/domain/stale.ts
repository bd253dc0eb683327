import type { PipelineDefinition as Pipeline } from './pipeline.js';
import { wholeDaysBetween } from '../../platform/time/days.js';

/**
 * Stale detection that understands intent (SPEC R6.3): a company is stale
 * when all of these hold —
 *   - its stage has a threshold (end stages such as Won and Lost never do);
 *   - it has been in the stage longer than the threshold;
 *   - nothing happened to it for that long (any activity resets the wait);
 *   - nothing is planned ahead (a meeting or reminder in the future means
 *     someone is on it).
 * Thresholds default to the pipeline's `staleAfterDays` (Prospect 30,
 * Contacted 14, Meeting 21) and can be overridden per stage.
 */


export interface StaleFacts {
  status: string;
  /** When it entered its current stage. */
  statusChangedAt: Date;
  /** The latest activity of any kind, if any. */
  lastActivityAt: Date | null;
  /** The earliest meeting or reminder still ahead, if any. */
  nextPlannedAt: Date | null;
}

export type StaleThresholds = Readonly<Record<string, number>>;

/** Each stage's threshold in days: the pipeline's, with overrides. */
export function staleThresholds(pipeline: Pipeline, overrides: StaleThresholds = {}): StaleThresholds {
  const thresholds: Record<string, number> = {};
  for (const stage of pipeline.stages) {
    if (stage.outcome) continue;
    const days = overrides[stage.key] ?? stage.staleAfterDays;
    if (days !== undefined) thresholds[stage.key] = days;
  }
  return thresholds;
}

/** What the board, the lists and the routine say about a company's staleness. */
export interface StaleVerdict {
  /** Idle in its stage past the stage's threshold, with nothing planned ahead. */
  stale: boolean;
  /** Whole days since it last moved or was worked on (the later of entering its stage and its latest activity). */
  idleDays: number;
  /** Its stage's threshold; null for stages that never go stale (Won, Lost). */
  staleAfterDays: number | null;
}

/** The one stale rule (SPEC R6.3), for one company at `now`. */
export function staleVerdict(facts: StaleFacts, thresholds: StaleThresholds, now: Date): StaleVerdict {
  const threshold = thresholds[facts.status];
  const lastTouched = Math.max(facts.statusChangedAt.getTime(), facts.lastActivityAt?.getTime() ?? 0);
  const idleDays = wholeDaysBetween(lastTouched, now);
  const planned = facts.nextPlannedAt !== null && facts.nextPlannedAt > now;
  return { stale: threshold !== undefined && !planned && idleDays > threshold, idleDays, staleAfterDays: threshold ?? null };
}

/** Days since the company last moved or was worked on, when that exceeds its stage's threshold; otherwise null. */
export function staleDays(facts: StaleFacts, thresholds: StaleThresholds, now: Date): number | null {
  const verdict = staleVerdict(facts, thresholds, now);
  return verdict.stale ? verdict.idleDays : null;
}
