export { FOLLOW_UP_ACTIVITIES, REMINDER_REASONS } from './reminders.js';
export type { ReminderKind, ReminderReason, ReminderReasonData } from './reminders.js';
export { mayCloseReminder } from './reminder-rights.js';
