import { z } from 'zod';
import { localized, pageOf, uuid } from '../platform/http/schemas.js';

/** What a client needs to say why a reminder was suggested, in its language. */
export const reminderReasonDataSchema = z
  .object({
    stage: z.string().describe('The stage key the reason is about'),
    stageName: localized,
    afterDays: z.number().int().optional().describe('stage_follow_up, stage_revisit: the wait in days'),
    resumeAt: z.string().optional().describe('on_hold_resume: the day to resume (YYYY-MM-DD)'),
  })
  .nullable()
  .describe('What a client needs to say the reason in its language; null for manual reminders and suggestions older than pipeline rules');

export const reminderSchema = z
  .object({
    id: uuid,
    companyId: uuid.nullable().describe("The company it is about; null when it is about a lead or opportunity"),
    dossierId: uuid.nullable().describe('The lead or opportunity it is about (a trigger rule\'s task); null when it is about a company'),
    dossierKind: z.enum(['lead', 'opportunity']).nullable().describe('Which kind dossierId is; null for a company'),
    userId: uuid.describe('For whom'),
    userName: z.string().nullable(),
    dueAt: z.date(),
    note: z.string().nullable(),
    kind: z.enum(['manual', 'suggested']),
    reason: z.string().nullable().describe('Why it was suggested (stage_follow_up, stage_revisit, on_hold_resume); null for manual reminders'),
    reasonData: reminderReasonDataSchema,
    createdBy: uuid.nullable().describe('Null for suggestions'),
    createdAt: z.date(),
    doneAt: z.date().nullable(),
    doneBy: uuid.nullable().describe('Null while open, or when the system closed a suggestion that no longer applied'),
  })
  .meta({ id: 'Reminder' });

export const notificationSchema = z
  .object({
    id: uuid,
    kind: z.enum(['new_jobs', 'automation']).describe('new_jobs: jobs arrived at a followed company; automation: a trigger rule asked to tell you (ruleName, message)'),
    companyId: uuid.nullable().describe('The company it is about; null when it is about a lead or opportunity (a trigger rule on a dossier)'),
    dossier: z
      .object({ id: uuid, kind: z.enum(['lead', 'opportunity']), title: z.string() })
      .nullable()
      .describe('The lead or opportunity it is about (link to /dossiers/{id}); null when it is about a company'),
    ruleName: z.string().nullable().describe('automation: the rule that sent it'),
    message: z.string().nullable().describe("automation: the rule's message"),
    companyName: z.string().nullable().describe("The company's name; null for a dossier's"),
    jobs: z.array(z.object({ id: uuid, title: z.string() })).describe('The new jobs, newest first (at most 20)'),
    jobCount: z.number().int().describe('How many new jobs there were'),
    createdAt: z.date(),
    readAt: z.date().nullable(),
  })
  .meta({ id: 'Notification' });

export const notificationPageSchema = pageOf(notificationSchema)
  .extend({ unreadCount: z.number().int().describe('All your unread notifications') })
  .meta({ id: 'NotificationPage' });
