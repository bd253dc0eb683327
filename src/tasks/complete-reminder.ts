import type { z } from 'zod';
import { systemClock, type Clock } from '../platform/clock.js';
import type { Actor } from '../identity/domain/index.js';
import type { Db } from '../platform/db/database.js';
import { authorize } from '../identity/index.js';
import { parseInput } from '../platform/input/input.js';
import { readReminder, reminderIdInput, type ReminderView } from './reminder-view.js';

/** Marks a reminder done; one already done stays as it was. */
export async function completeReminder(db: Db, actor: Actor, input: z.input<typeof reminderIdInput>, clock: Clock = systemClock): Promise<ReminderView> {
  authorize(actor, 'pipeline:write');
  const { reminderId } = parseInput(reminderIdInput, input);
  await readReminder(db, actor.agencyId, reminderId);
  await db
    .updateTable('reminders')
    .set({ done_at: clock(), done_by: actor.userId })
    .where('agency_id', '=', actor.agencyId)
    .where('id', '=', reminderId)
    .where('done_at', 'is', null)
    .execute();
  return readReminder(db, actor.agencyId, reminderId);
}
