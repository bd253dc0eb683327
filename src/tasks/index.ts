export { onNotificationEvent, publishNotificationEvent } from './notification-events.js';
export { notificationsRoutes } from './notifications.routes.js';
export { notifyNewJobsJob } from './notify-new-jobs.job.js';
export { notifyNewJobs } from './notify-new-jobs.js';
export { remindersRoutes } from './reminders.routes.js';
export { suggestRemindersJob } from './suggest-reminders.job.js';
export { reminderReasonDataSchema } from './tasks.schemas.js';
export { createAutomaticTask, writeAutomaticNotification } from './create-automatic-task.js';
export type { AutomaticNotification, AutomaticTask, TaskSubject } from './create-automatic-task.js';
