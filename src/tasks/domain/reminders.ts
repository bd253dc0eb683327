import type { ActivityType, LocalizedText, Stage } from '../../pipeline/domain/index.js';
import { DAY_MS } from '../../platform/time/days.js';

/**
 * Follow-up reminders (SPEC R7.2). A reminder is for one user about one
 * company and is due at a moment; `manual` ones are set by a person,
 * `suggested` ones by the rules below, run by a periodic job. The rules are
 * pipeline data: each stage may carry a follow-up rule (Stage.followUp,
 * e.g. Recruitment BD's Contacted: 7 days after the last follow-up), and a
 * record On hold with a day to resume gets a reminder on that day.
 */

export const REMINDER_KINDS = ['manual', 'suggested'] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

/** Activities that count as following up: another message, or a call. */
export const FOLLOW_UP_ACTIVITIES = ['outreach_sent', 'call'] as const satisfies readonly ActivityType[];

/**
 * Why a reminder was suggested: the stored reason key clients translate
 * (with the reason data below), stable whatever the pipeline calls its stages.
 *   - stage_follow_up: the stage's wait counts from the last follow-up (no progress since);
 *   - stage_revisit: it counts from entering the stage (e.g. revisit a lost client);
 *   - on_hold_resume: the day to resume a record put On hold has come.
 */
export const REMINDER_REASONS = ['stage_follow_up', 'stage_revisit', 'on_hold_resume'] as const;
export type ReminderReason = (typeof REMINDER_REASONS)[number];

/** What a client needs to say why, in its language: the stage, its names, the wait or the day to resume. */
export interface ReminderReasonData {
  stage: string;
  stageName: LocalizedText;
  afterDays?: number | undefined;
  resumeAt?: string | undefined;
}

/** What the rules look at for one company. */
export interface ReminderFacts {
  companyId: string;
  /** Its stage in its pipeline (undefined when the pipeline no longer has it: no rule applies). */
  stage: Stage | undefined;
  /** When it entered its current stage. */
  statusChangedAt: Date;
  /** While On hold: the day to resume (YYYY-MM-DD). */
  resumeAt: string | null;
  /** The latest follow-up (FOLLOW_UP_ACTIVITIES) since it entered the stage, and who made it. */
  lastFollowUp: { at: Date; by: string | null } | null;
  ownerId: string | null;
  /** Who moved it into its stage; null for automatic moves. */
  movedBy: string | null;
  /** The earliest meeting ahead of now, if any. */
  nextMeetingAt: Date | null;
  /** Its reminders not yet done. */
  openReminders: readonly { id: string; kind: ReminderKind; dedupeKey: string | null }[];
}

export interface SuggestedReminder {
  companyId: string;
  /** For whom: the owner, else who followed up last, else who moved it into the stage. */
  userId: string;
  reasonKey: ReminderReason;
  reasonData: ReminderReasonData;
  dueAt: Date;
  /** Stored as the reminder's note, in English (clients show a translation of the reason instead). */
  note: string;
  /** The same reason, company and start of the wait give the same key. */
  dedupeKey: string;
}

export interface ReminderSuggestions {
  /** Reminders to write (the caller ignores those whose key exists). */
  create: SuggestedReminder[];
  /** Open suggested reminders whose reason no longer holds: the company moved on, was followed up, or resumes on another day. */
  retire: string[];
}

/** One reason a company may call for a reminder now or later. */
interface Candidate {
  reasonKey: ReminderReason;
  reasonData: ReminderReasonData;
  dedupeKey: string;
  dueAt: Date;
  note: string;
  /** Follow-ups wait while someone is on it (an open reminder, a meeting ahead); a resume day does not. */
  yieldsToOthers: boolean;
}

/**
 * Applies the rules to each company. Its stage's follow-up rule: the wait
 * starts when the company entered the stage (or at the latest follow-up
 * since), and once it has lasted `afterDays` a reminder is due — unless a
 * meeting lies ahead, the company already has an open reminder (someone is
 * on it), or there is nobody to remind. On hold with a day to resume: a
 * reminder is due on that day (the start of it, UTC), once per hold. A
 * suggestion made for an earlier wait, another stage or another hold is
 * retired.
 */
export function suggestReminders(facts: readonly ReminderFacts[], now: Date): ReminderSuggestions {
  const result: ReminderSuggestions = { create: [], retire: [] };
  for (const company of facts) {
    const candidates = candidatesFor(company);
    const wanted = new Set(candidates.map((c) => c.dedupeKey));
    const stillOpen = company.openReminders.filter((reminder) => {
      const obsolete = reminder.kind === 'suggested' && (reminder.dedupeKey === null || !wanted.has(reminder.dedupeKey));
      if (obsolete) result.retire.push(reminder.id);
      return !obsolete;
    });
    const userId = company.ownerId ?? company.lastFollowUp?.by ?? company.movedBy;
    if (!userId) continue;
    for (const candidate of candidates) {
      if (candidate.dueAt > now) continue;
      if (stillOpen.some((reminder) => reminder.dedupeKey === candidate.dedupeKey)) continue;
      if (candidate.yieldsToOthers && stillOpen.length > 0) continue;
      if (candidate.yieldsToOthers && company.nextMeetingAt && company.nextMeetingAt > now) continue;
      const { yieldsToOthers: _, ...reminder } = candidate;
      result.create.push({ companyId: company.companyId, userId, ...reminder });
    }
  }
  return result;
}

function candidatesFor(company: ReminderFacts): Candidate[] {
  const { stage } = company;
  if (!stage) return [];
  const candidates: Candidate[] = [];
  if (stage.followUp) {
    const { afterDays, from } = stage.followUp;
    const start = from === 'last_follow_up' && company.lastFollowUp && company.lastFollowUp.at > company.statusChangedAt ? company.lastFollowUp.at : company.statusChangedAt;
    const reasonKey = from === 'last_follow_up' ? 'stage_follow_up' : 'stage_revisit';
    candidates.push({
      reasonKey,
      reasonData: { stage: stage.key, stageName: stage.name, afterDays },
      dedupeKey: `${reasonKey}:${company.companyId}:${start.toISOString()}`,
      dueAt: new Date(start.getTime() + afterDays * DAY_MS),
      note:
        reasonKey === 'stage_follow_up'
          ? `No progress ${afterDays} days after the last follow-up in ${stage.name.en}: follow up.`
          : `${afterDays} days in ${stage.name.en}: time to revisit.`,
      yieldsToOthers: true,
    });
  }
  if (stage.outcome === 'on_hold' && company.resumeAt) {
    // The resume day is part of the key: a new day (edited, or a second hold) is a new reminder.
    candidates.push({
      reasonKey: 'on_hold_resume',
      reasonData: { stage: stage.key, stageName: stage.name, resumeAt: company.resumeAt },
      dedupeKey: `on_hold_resume:${company.companyId}:${company.statusChangedAt.toISOString()}:${company.resumeAt}`,
      dueAt: new Date(`${company.resumeAt}T00:00:00.000Z`),
      note: `${stage.name.en} until ${company.resumeAt}: time to resume.`,
      yieldsToOthers: false,
    });
  }
  return candidates;
}
