import type { reminderSchema } from './tasks.schemas.js';
import { z } from 'zod';
import { notFound } from '../platform/errors.js';
import type { Executor } from '../platform/db/database.js';
import { id } from '../platform/input/input.js';

/*
 * Follow-up reminders (tasks) on a company, or a lead or opportunity (SPEC R7.2, R4.6): set by hand for oneself or
 * a colleague, or suggested by the rules (suggest-reminders.ts). They are
 * to-dos, not history: nothing is written to the timeline. What a reminder
 * looks like, and how the use cases read one.
 */

export const reminderIdInput = z.object({ reminderId: id }).strict();

export type ReminderView = z.output<typeof reminderSchema>;

/**
 * The agency's reminders on live records, as views: a company's, or a
 * lead's or opportunity's (a trigger rule's task). One on a deleted record
 * is kept but not shown, for both kinds alike.
 */
export function reminderViews(db: Executor, agencyId: string) {
  return db
    .selectFrom('reminders as r')
    .leftJoin('companies as c', (join) => join.onRef('c.agency_id', '=', 'r.agency_id').onRef('c.id', '=', 'r.company_id'))
    .leftJoin('dossiers as d', (join) => join.onRef('d.agency_id', '=', 'r.agency_id').onRef('d.id', '=', 'r.dossier_id'))
    .leftJoin('users as u', (join) => join.onRef('u.agency_id', '=', 'r.agency_id').onRef('u.id', '=', 'r.user_id'))
    .where('r.agency_id', '=', agencyId)
    .where((eb) => eb.or([eb.and([eb('c.id', 'is not', null), eb('c.deleted_at', 'is', null)]), eb.and([eb('d.id', 'is not', null), eb('d.deleted_at', 'is', null)])]))
    .select([
      'r.id',
      'r.company_id as companyId',
      'r.dossier_id as dossierId',
      'd.kind as dossierKind',
      'r.user_id as userId',
      'u.name as userName',
      'r.due_at as dueAt',
      'r.note',
      'r.kind',
      'r.reason_key as reason',
      'r.reason_data as reasonData',
      'r.created_by as createdBy',
      'r.created_at as createdAt',
      'r.done_at as doneAt',
      'r.done_by as doneBy',
    ]);
}

/** One of the agency's reminders on a live record; NOT_FOUND otherwise. */
export async function findReminder(db: Executor, agencyId: string, reminderId: string): Promise<ReminderView> {
  const reminder = await reminderViews(db, agencyId).where('r.id', '=', reminderId).executeTakeFirst();
  if (!reminder) throw notFound('Reminder', reminderId);
  return reminder;
}
