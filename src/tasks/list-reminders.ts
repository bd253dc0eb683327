import { sql } from 'kysely';
import { z } from 'zod';
import type { Actor } from '../identity/domain/index.js';
import type { Db } from '../platform/db/database.js';
import { authorize } from '../identity/index.js';
import { id, parseInput } from '../platform/input/input.js';
import { findLiveCompany } from '../pipeline/index.js';
import { reminderViews, type ReminderView } from './reminder-view.js';

export const listRemindersInput = z.object({ companyId: id }).strict();

/**
 * The reminders of one of the agency's companies: open ones by due date,
 * then done ones, most recent first. They belong to the company's record,
 * which the whole agency reads; the daily routine is what is personal.
 */
export async function listReminders(db: Db, actor: Actor, input: z.input<typeof listRemindersInput>): Promise<ReminderView[]> {
  authorize(actor, 'companies:view');
  const { companyId } = parseInput(listRemindersInput, input);
  const company = await findLiveCompany(db, actor.agencyId, companyId);
  return reminderViews(db, actor.agencyId)
    .where('r.company_id', '=', company.id)
    .orderBy(sql`r.done_at is null`, 'desc')
    .orderBy(sql`case when r.done_at is null then r.due_at end`)
    .orderBy('r.done_at', 'desc')
    .orderBy('r.id')
    .limit(200)
    .execute();
}
