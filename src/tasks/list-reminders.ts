import { sql } from 'kysely';
import { z } from 'zod';
import type { Actor } from '../identity/domain/index.js';
import type { Db } from '../platform/db/database.js';
import { id, parseInput } from '../platform/input/input.js';
import { authorizeAnyTaskRecord, findTaskRecord } from './task-record.js';
import { reminderViews, type ReminderView } from './reminder-view.js';

export const listRemindersInput = z
  .object({
    /** The company's tasks … */
    companyId: id.optional(),
    /** … or a lead's or opportunity's (exactly one of the two). */
    dossierId: id.optional(),
  })
  .strict();

/**
 * The reminders (tasks) of one of the agency's companies, or of one of its
 * leads or opportunities: open ones by due date, then done ones, most
 * recent first. They belong to the record, which whoever may view it
 * reads; the daily routine is what is personal.
 */
export async function listReminders(db: Db, actor: Actor, input: z.input<typeof listRemindersInput>): Promise<ReminderView[]> {
  authorizeAnyTaskRecord(actor, 'view');
  const request = parseInput(listRemindersInput, input);
  const record = await findTaskRecord(db, actor, request, 'view');
  return reminderViews(db, actor.agencyId)
    .$if(record.companyId !== null, (q) => q.where('r.company_id', '=', record.companyId!))
    .$if(record.dossierId !== null, (q) => q.where('r.dossier_id', '=', record.dossierId!))
    .orderBy(sql`r.done_at is null`, 'desc')
    .orderBy(sql`case when r.done_at is null then r.due_at end`)
    .orderBy('r.done_at', 'desc')
    .orderBy('r.id')
    .limit(200)
    .execute();
}
