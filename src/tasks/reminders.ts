/*
 * web/src/api/client.ts still imports the reminder view from this path; it
 * goes once the web's types are generated from the OpenAPI document. The
 * use cases live one per file (create-reminder.ts, complete-reminder.ts, …).
 */
export type { ReminderView } from './reminder-view.js';
