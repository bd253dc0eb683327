import { z } from 'zod';
import { pageOf, uuid } from '../platform/http/schemas.js';

export const reminderSchema = z
  .object({
    id: uuid,
    companyId: uuid,
    userId: uuid.describe('For whom'),
    userName: z.string().nullable(),
    dueAt: z.date(),
    note: z.string().nullable(),
    kind: z.enum(['manual', 'suggested']),
    reason: z.string().nullable().describe('The rule that suggested it; null for manual reminders'),
    createdBy: uuid.nullable().describe('Null for suggestions'),
    createdAt: z.date(),
    doneAt: z.date().nullable(),
    doneBy: uuid.nullable().describe('Null while open, or when the system closed a suggestion that no longer applied'),
  })
  .meta({ id: 'Reminder' });

export const notificationSchema = z
  .object({
    id: uuid,
    kind: z.enum(['new_jobs']),
    companyId: uuid,
    companyName: z.string(),
    jobs: z.array(z.object({ id: uuid, title: z.string() })).describe('The new jobs, newest first (at most 20)'),
    jobCount: z.number().int().describe('How many new jobs there were'),
    createdAt: z.date(),
    readAt: z.date().nullable(),
  })
  .meta({ id: 'Notification' });

export const notificationPageSchema = pageOf(notificationSchema)
  .extend({ unreadCount: z.number().int().describe('All your unread notifications') })
  .meta({ id: 'NotificationPage' });
