import type { FollowUpRule, PipelineDefinition } from '../../pipeline/domain/index.js';
import type { Actor } from '../../identity/domain/index.js';
import { forbidden } from '../../platform/errors.js';
import { teamScope } from './team.js';
import { wholeDaysBetween } from '../../platform/time/days.js';

/**
 * The daily routine's rules (SPEC R6.3): which companies need a follow-up,
 * by the follow-up rules of their pipeline's stages. Stale companies are
 * pipeline/domain/stale.ts; the other lists (meetings, records to contact
 * in the entry stage, due reminders) are plain selections.
 */


/** Lists on the routine are cut at this many entries. */
export const ROUTINE_LIST_LIMIT = 50;

/** Meetings of the last this many days show as recent. */
export const RECENT_MEETING_DAYS = 7;

/** Each stage's follow-up rule, by stage key. */
export type FollowUpRules = Readonly<Record<string, FollowUpRule>>;

/**
 * The stages whose companies wait for a follow-up: the open stages with a
 * follow-up rule. A rule on an end stage (revisit a lost client after
 * months) is the suggested reminder's business: on the routine every lost
 * company would come back every day once the wait had passed.
 */
export function followUpRules(pipeline: PipelineDefinition): FollowUpRules {
  const rules: Record<string, FollowUpRule> = {};
  for (const stage of pipeline.stages) if (stage.outcome === undefined && stage.followUp) rules[stage.key] = stage.followUp;
  return rules;
}

export interface FollowUpFacts {
  status: string;
  /** When it entered its current stage. */
  statusChangedAt: Date;
  /** The latest outreach or call since then, if any. */
  lastFollowUpAt: Date | null;
  /** The earliest meeting or open reminder ahead, if any. */
  nextPlannedAt: Date | null;
}

export interface FollowUpWait {
  /** Whole days since it entered its stage. */
  daysWaiting: number;
  /** Whole days since the latest outreach or call in this stage; null when there was none. */
  daysSinceOutreach: number | null;
}

/**
 * A company in a stage with a follow-up rule needs a follow-up once the
 * rule's `afterDays` have passed since it entered the stage, or (`from:
 * last_follow_up`) since it was last followed up there — the same wait as
 * the suggested reminder — unless a meeting or reminder lies ahead.
 * Returns how long it has waited, or null when it needs nothing.
 */
export function followUpWait(facts: FollowUpFacts, rules: FollowUpRules, now: Date): FollowUpWait | null {
  const rule = rules[facts.status];
  if (!rule) return null;
  if (facts.nextPlannedAt && facts.nextPlannedAt > now) return null;
  const daysWaiting = wholeDaysBetween(facts.statusChangedAt, now);
  const daysSinceOutreach = facts.lastFollowUpAt ? wholeDaysBetween(facts.lastFollowUpAt, now) : null;
  const idle = rule.from === 'stage_entered' ? daysWaiting : Math.min(daysWaiting, daysSinceOutreach ?? daysWaiting);
  return idle >= rule.afterDays ? { daysWaiting, daysSinceOutreach } : null;
}

/** The earlier of two optional moments. */
export function earliest(a: Date | null, b: Date | null): Date | null {
  if (!a) return b;
  if (!b) return a;
  return a < b ? a : b;
}

/** Follow-ups: longest in their stage first, then longest since the last outreach, then by name. */
export function byFollowUpOrder(a: FollowUpEntry, b: FollowUpEntry): number {
  return b.daysWaiting - a.daysWaiting || (b.daysSinceOutreach ?? b.daysWaiting) - (a.daysSinceOutreach ?? a.daysWaiting) || a.name.localeCompare(b.name);
}

/** Stale companies: longest idle first, then by name. */
export function byStaleOrder(a: { staleDays: number; name: string }, b: { staleDays: number; name: string }): number {
  return b.staleDays - a.staleDays || a.name.localeCompare(b.name);
}

type FollowUpEntry = FollowUpWait & { name: string };

/**
 * Whether a capped routine list is final while companies are read longest
 * in their stage first: it is full, and its last entry's key is above
 * `daysInStage`, the whole days in stage of the company read last. Both
 * lists sort first by a key that never exceeds a company's whole days in
 * its stage (days waiting equal them; stale days count from the stage
 * change or a later activity), and those days only fall from one company
 * to the next, so no company still unread can reach the list. An unread
 * company could tie the last entry's key and still come before it by the
 * next sort key (days since outreach, name), so a tie is not final.
 * `keys` are the list's sort keys so far, in any order.
 */
export function isRoutineListFinal(keys: readonly number[], daysInStage: number, limit = ROUTINE_LIST_LIMIT): boolean {
  if (keys.length < limit) return false;
  const cut = [...keys].sort((a, b) => b - a)[limit - 1]!;
  return cut > daysInStage;
}

/**
 * Whose day the caller reads: undefined for the whole agency. Admins and
 * managers see anyone's, or the agency's (as in the team view: teamScope);
 * recruiters and viewers see their own, since due reminders are one
 * person's to-dos: without `ownerId` theirs, and a colleague's is FORBIDDEN
 * rather than quietly answered with their own.
 */
export function routineOwner(actor: Actor, requested: string | undefined): string | undefined {
  if (teamScope(actor) === 'agency') return requested;
  if (requested !== undefined && requested !== actor.userId) throw forbidden("read a colleague's routine");
  return actor.userId;
}
