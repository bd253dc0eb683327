import type { reminderSchema } from './tasks.schemas.js';
import { z } from 'zod';
import { notFound } from '../platform/errors.js';
import type { Executor } from '../platform/db/database.js';
import { id } from '../platform/input/input.js';

/*
 * Follow-up reminders on a company (SPEC R7.2): set by hand for oneself or
 * a colleague, or suggested by the rules (suggest-reminders.ts). They are
 * to-dos, not history: nothing is written to the timeline. What a reminder
 * looks like, and how the use cases read one.
 */

export const reminderIdInput = z.object({ reminderId: id }).strict();

export type ReminderView = z.output<typeof reminderSchema>;

/** The agency's reminders on live companies, as views. */
export function reminderViews(db: Executor, agencyId: string) {
  return db
    .selectFrom('reminders as r')
    .innerJoin('companies as c', (join) => join.onRef('c.agency_id', '=', 'r.agency_id').onRef('c.id', '=', 'r.company_id'))
    .leftJoin('users as u', (join) => join.onRef('u.agency_id', '=', 'r.agency_id').onRef('u.id', '=', 'r.user_id'))
    .where('r.agency_id', '=', agencyId)
    .where('c.deleted_at', 'is', null)
    .select([
      'r.id',
      'r.company_id as companyId',
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

/** One of the agency's reminders on a live company; NOT_FOUND otherwise. */
export async function findReminder(db: Executor, agencyId: string, reminderId: string): Promise<ReminderView> {
  const reminder = await reminderViews(db, agencyId).where('r.id', '=', reminderId).executeTakeFirst();
  if (!reminder) throw notFound('Reminder', reminderId);
  return reminder;
}
