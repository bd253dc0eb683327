export { FOLLOW_UP_ACTIVITIES, FOLLOW_UP_AFTER_DAYS } from './reminders.js';
export type { ReminderKind } from './reminders.js';
export { mayCloseReminder } from './reminder-rights.js';
