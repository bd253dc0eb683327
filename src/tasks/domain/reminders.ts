import type { ActivityType } from '../../pipeline/domain/index.js';
import { DAY_MS } from '../../platform/time/days.js';

/**
 * Follow-up reminders (SPEC R7.2). A reminder is for one user about one
 * company and is due at a moment; `manual` ones are set by a person,
 * `suggested` ones by the rules below, run by a periodic job.
 */

export const REMINDER_KINDS = ['manual', 'suggested'] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

/** Activities that count as following up: another message, or a call. */
export const FOLLOW_UP_ACTIVITIES = ['outreach_sent', 'call'] as const satisfies readonly ActivityType[];


export interface ReminderRule {
  /** Stable key, stored as the reminder's reason and translated by clients. */
  key: string;
  /** The stage a company must be in. */
  stage: string;
  /** Days to wait before the reminder is due. */
  afterDays: number;
  /** What starts the wait: entering the stage, or the latest follow-up since then. */
  from: 'stage_entered' | 'last_follow_up';
  /** Stored as the reminder's note (clients may show a translation of the key instead). */
  note: string;
}

/** Contacted without progress: a week after the last outreach (or call). */
export const FOLLOW_UP_AFTER_DAYS = 7;
/** Lost: revisit after four months (the seed says three to six). */
export const REVISIT_LOST_AFTER_DAYS = 120;

/**
 * The rules, by stage. The last two apply to the stages of the Client stage
 * template (SPEC R3.2); pipelines without those stages never match them.
 */
export const REMINDER_RULES: readonly ReminderRule[] = [
  {
    key: 'contacted_no_progress',
    stage: 'contacted',
    afterDays: FOLLOW_UP_AFTER_DAYS,
    from: 'last_follow_up',
    note: `No progress ${FOLLOW_UP_AFTER_DAYS} days after the last outreach: follow up.`,
  },
  {
    key: 'lost_revisit',
    stage: 'lost',
    afterDays: REVISIT_LOST_AFTER_DAYS,
    from: 'stage_entered',
    note: `Lost ${REVISIT_LOST_AFTER_DAYS} days ago: time to revisit.`,
  },
  { key: 'proposal_follow_up', stage: 'proposal_sent', afterDays: 4, from: 'last_follow_up', note: 'Proposal sent 4 days ago: follow up.' },
  { key: 'dormant_check_in', stage: 'dormant', afterDays: 90, from: 'last_follow_up', note: 'Dormant for a quarter: check in.' },
];

/** What the rules look at for one company. */
export interface ReminderFacts {
  companyId: string;
  status: string;
  /** When it entered its current stage. */
  statusChangedAt: Date;
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
  reasonKey: string;
  dueAt: Date;
  note: string;
  /** The same rule, company and start of the wait give the same key. */
  dedupeKey: string;
}

export interface ReminderSuggestions {
  /** Reminders to write (the caller ignores those whose key exists). */
  create: SuggestedReminder[];
  /** Open suggested reminders whose reason no longer holds: the company moved on, or was followed up. */
  retire: string[];
}

/**
 * Applies the rules to each company: a rule matches its stage, the wait
 * starts when the company entered the stage (or at the latest follow-up
 * since), and once it has lasted `afterDays` a reminder is due — unless a
 * meeting lies ahead, the company already has an open reminder (someone is
 * on it), or there is nobody to remind. A suggestion made for an earlier
 * wait, or another stage, is retired.
 */
export function suggestReminders(facts: readonly ReminderFacts[], now: Date, rules: readonly ReminderRule[] = REMINDER_RULES): ReminderSuggestions {
  const result: ReminderSuggestions = { create: [], retire: [] };
  for (const company of facts) {
    const rule = rules.find((r) => r.stage === company.status);
    const start = rule ? waitStart(rule, company) : null;
    const key = rule && start ? dedupeKey(rule, company.companyId, start) : null;
    const stillOpen = company.openReminders.filter((reminder) => {
      const obsolete = reminder.kind === 'suggested' && reminder.dedupeKey !== key;
      if (obsolete) result.retire.push(reminder.id);
      return !obsolete;
    });
    if (!rule || !start || !key || stillOpen.length > 0) continue;
    const dueAt = new Date(start.getTime() + rule.afterDays * DAY_MS);
    if (dueAt > now) continue;
    if (company.nextMeetingAt && company.nextMeetingAt > now) continue;
    const userId = company.ownerId ?? company.lastFollowUp?.by ?? company.movedBy;
    if (!userId) continue;
    result.create.push({ companyId: company.companyId, userId, reasonKey: rule.key, dueAt, note: rule.note, dedupeKey: key });
  }
  return result;
}

function waitStart(rule: ReminderRule, facts: ReminderFacts): Date {
  if (rule.from === 'stage_entered' || !facts.lastFollowUp) return facts.statusChangedAt;
  return facts.lastFollowUp.at > facts.statusChangedAt ? facts.lastFollowUp.at : facts.statusChangedAt;
}

function dedupeKey(rule: ReminderRule, companyId: string, start: Date): string {
  return `${rule.key}:${companyId}:${start.toISOString()}`;
}
