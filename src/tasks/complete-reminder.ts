import type { z } from 'zod';
import { systemClock, type Clock } from '../platform/clock.js';
import { forbidden } from '../platform/errors.js';
import { publishCompanyChange } from '../platform/events/company-changes.js';
import { mayCloseReminder } from './domain/reminder-rights.js';
import type { Actor } from '../identity/domain/index.js';
import type { Db } from '../platform/db/database.js';
import { authorize } from '../identity/index.js';
import { parseInput } from '../platform/input/input.js';
import { authorizeAnyTaskRecord, taskPermission } from './task-record.js';
import { findReminder, reminderIdInput, type ReminderView } from './reminder-view.js';

/**
 * Marks a reminder done, by its assignee, its creator, a manager or an
 * admin (domain/reminder-rights.ts); one already done stays as it was.
 */
export async function completeReminder(db: Db, actor: Actor, input: z.input<typeof reminderIdInput>, clock: Clock = systemClock): Promise<ReminderView> {
  authorizeAnyTaskRecord(actor, 'edit');
  const { reminderId } = parseInput(reminderIdInput, input);
  const reminder = await findReminder(db, actor.agencyId, reminderId);
  authorize(actor, taskPermission(reminder, 'edit'));
  if (!mayCloseReminder(actor, reminder)) throw forbidden("complete a colleague's reminder");
  const updated = await db
    .updateTable('reminders')
    .set({ done_at: clock(), done_by: actor.userId })
    .where('agency_id', '=', actor.agencyId)
    .where('id', '=', reminderId)
    .where('done_at', 'is', null)
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) > 0 && reminder.companyId) publishCompanyChange({ agencyId: actor.agencyId, companyId: reminder.companyId, kind: 'reminder_changed' });
  return findReminder(db, actor.agencyId, reminderId);
}
