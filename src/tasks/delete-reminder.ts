import type { z } from 'zod';
import { conflict, forbidden } from '../platform/errors.js';
import { publishCompanyChange } from '../platform/events/company-changes.js';
import { mayCloseReminder } from './domain/reminder-rights.js';
import type { Actor } from '../identity/domain/index.js';
import type { Db } from '../platform/db/database.js';
import { authorize } from '../identity/index.js';
import { parseInput } from '../platform/input/input.js';
import { authorizeAnyTaskRecord, taskPermission } from './task-record.js';
import { findReminder, reminderIdInput } from './reminder-view.js';

/**
 * Deletes an open manual reminder, for its assignee, its creator, a manager
 * or an admin (domain/reminder-rights.ts). Done ones are kept; a suggestion
 * is dismissed by marking it done, so the rules do not suggest it again.
 */
export async function deleteReminder(db: Db, actor: Actor, input: z.input<typeof reminderIdInput>): Promise<void> {
  authorizeAnyTaskRecord(actor, 'edit');
  const { reminderId } = parseInput(reminderIdInput, input);
  const reminder = await findReminder(db, actor.agencyId, reminderId);
  authorize(actor, taskPermission(reminder, 'edit'));
  if (!mayCloseReminder(actor, reminder)) throw forbidden("delete a colleague's reminder");
  if (reminder.doneAt) throw conflict('This reminder is done; done reminders are kept.');
  if (reminder.kind === 'suggested') throw conflict('A suggested reminder is dismissed by marking it done.');
  const deleted = await db
    .deleteFrom('reminders')
    .where('agency_id', '=', actor.agencyId)
    .where('id', '=', reminderId)
    .where('done_at', 'is', null)
    .executeTakeFirst();
  if (Number(deleted.numDeletedRows) === 0) throw conflict('This reminder was just marked done; done reminders are kept.');
  if (reminder.companyId) publishCompanyChange({ agencyId: actor.agencyId, companyId: reminder.companyId, kind: 'reminder_changed' });
}
