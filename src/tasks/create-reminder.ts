import { z } from 'zod';
import { systemClock, type Clock } from '../platform/clock.js';
import { validationError } from '../platform/errors.js';
import { publishCompanyChange } from '../platform/events/company-changes.js';
import { DAY_MS } from '../platform/time/days.js';
import type { Actor } from '../identity/domain/index.js';
import type { Db } from '../platform/db/database.js';
import { LIMITS, dateTime, id, optionalText, parseInput } from '../platform/input/input.js';
import { assertAgencyUser } from '../pipeline/index.js';
import { authorizeAnyTaskRecord, findTaskRecord } from './task-record.js';
import { findReminder, type ReminderView } from './reminder-view.js';

/** How far back a reminder may be dated (a reminder due now or earlier is simply due), and how far ahead. */
const PAST_DAYS = 366;
const FUTURE_YEARS = 5;

export const createReminderInput = z
  .object({
    /** The company … */
    companyId: id.optional(),
    /** … or the lead or opportunity it is about (exactly one of the two). */
    dossierId: id.optional(),
    /** When it is due (ISO 8601 with offset); a moment in the past is due at once. */
    dueAt: dateTime(),
    note: optionalText(LIMITS.description, { multiline: true }),
    /** For whom (a user of the agency); the caller when absent. */
    userId: id.optional(),
  })
  .strict();

/** Sets a reminder (a task) on a company, or a lead or opportunity, for the caller or a colleague. */
export async function createReminder(db: Db, actor: Actor, input: z.input<typeof createReminderInput>, clock: Clock = systemClock): Promise<ReminderView> {
  authorizeAnyTaskRecord(actor, 'edit');
  const request = parseInput(createReminderInput, input);
  const now = clock();
  const dueAt = new Date(request.dueAt);
  if (dueAt.getTime() < now.getTime() - PAST_DAYS * DAY_MS) throw validationError([{ path: 'dueAt', message: 'must be within the last year or later' }]);
  if (dueAt.getTime() > now.getTime() + FUTURE_YEARS * 365.25 * DAY_MS) {
    throw validationError([{ path: 'dueAt', message: `must be within ${FUTURE_YEARS} years from now` }]);
  }
  const record = await findTaskRecord(db, actor, request, 'edit');
  if (request.userId) await assertAgencyUser(db, actor.agencyId, request.userId, 'userId');
  const row = await db
    .insertInto('reminders')
    .values({
      agency_id: actor.agencyId,
      company_id: record.companyId,
      dossier_id: record.dossierId,
      user_id: request.userId ?? actor.userId,
      due_at: dueAt,
      note: request.note ?? null,
      kind: 'manual',
      created_by: actor.userId,
      created_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (record.companyId) publishCompanyChange({ agencyId: actor.agencyId, companyId: record.companyId, kind: 'reminder_changed' });
  return findReminder(db, actor.agencyId, row.id);
}
