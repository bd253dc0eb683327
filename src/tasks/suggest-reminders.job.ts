import { refreshSuggestedReminders } from './suggest-reminders.js';
import type { Job } from '../platform/jobs/job.js';

/**
 * Suggested reminders (SPEC R7.2, rules in domain/reminders.ts): each
 * stage's follow-up rule from its pipeline (Recruitment BD: Contacted
 * without progress a week after the last outreach, Lost ready to revisit
 * after 120 days), and the day to resume a record On hold. Each suggestion
 * is written once (dedupe key), and one whose reason no longer holds is
 * closed.
 */
export const suggestRemindersJob: Job = {
  name: 'suggest-reminders',
  everyMinutes: 60,
  async run(db, clock) {
    const { companies, suggested, retired } = await refreshSuggestedReminders(db, clock);
    return { companies, suggested, retired };
  },
};
