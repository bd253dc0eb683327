import { sql } from 'kysely';
import { z } from 'zod';
import { systemClock, type Clock } from '../platform/clock.js';
import { conflict, notFound, validationError } from '../platform/errors.js';
import type { ReminderKind } from './domain/reminders.js';
import type { Actor } from '../identity/domain/index.js';
import type { Db, Executor } from '../platform/db/database.js';
import { authorize } from '../identity/index.js';
import { LIMITS, dateTime, id, optionalText, parseInput } from '../platform/input/input.js';
import { assertAgencyUser, findLiveCompany } from '../pipeline/index.js';

/*
 * Follow-up reminders on a company (SPEC R7.2): set by hand for oneself or
 * a colleague, or suggested by the rules (src/jobs/suggest-reminders.job.ts).
 * They are to-dos, not history: nothing is written to the timeline.
 */

/** How far back a reminder may be dated (a reminder due now or earlier is simply due), and how far ahead. */
const PAST_DAYS = 366;
const FUTURE_YEARS = 5;
const DAY = 86_400_000;

export const createReminderInput = z
  .object({
    companyId: id,
    /** When it is due (ISO 8601 with offset); a moment in the past is due at once. */
    dueAt: dateTime(),
    note: optionalText(LIMITS.description, { multiline: true }),
    /** For whom (a user of the agency); the caller when absent. */
    userId: id.optional(),
  })
  .strict();

export const listRemindersInput = z.object({ companyId: id }).strict();

export const reminderIdInput = z.object({ reminderId: id }).strict();

export interface ReminderView {
  id: string;
  companyId: string;
  /** For whom. */
  userId: string;
  userName: string | null;
  dueAt: Date;
  note: string | null;
  kind: ReminderKind;
  /** The rule that suggested it (domain/reminders.ts); null for manual ones. */
  reason: string | null;
  /** Null for suggestions. */
  createdBy: string | null;
  createdAt: Date;
  doneAt: Date | null;
  /** Null when open, or when the system closed a suggestion whose reason no longer holds. */
  doneBy: string | null;
}

/** The reminders of one of the agency's companies: open ones by due date, then done ones, most recent first. */
export async function listReminders(db: Db, actor: Actor, input: z.input<typeof listRemindersInput>): Promise<ReminderView[]> {
  authorize(actor, 'pipeline:read');
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

/** Sets a reminder on a company, for the caller or a colleague. */
export async function createReminder(db: Db, actor: Actor, input: z.input<typeof createReminderInput>, clock: Clock = systemClock): Promise<ReminderView> {
  authorize(actor, 'pipeline:write');
  const request = parseInput(createReminderInput, input);
  const now = clock();
  const dueAt = new Date(request.dueAt);
  if (dueAt.getTime() < now.getTime() - PAST_DAYS * DAY) throw validationError([{ path: 'dueAt', message: 'must be within the last year or later' }]);
  if (dueAt.getTime() > now.getTime() + FUTURE_YEARS * 365.25 * DAY) {
    throw validationError([{ path: 'dueAt', message: `must be within ${FUTURE_YEARS} years from now` }]);
  }
  const company = await findLiveCompany(db, actor.agencyId, request.companyId);
  if (request.userId) await assertAgencyUser(db, actor.agencyId, request.userId);
  const row = await db
    .insertInto('reminders')
    .values({
      agency_id: actor.agencyId,
      company_id: company.id,
      user_id: request.userId ?? actor.userId,
      due_at: dueAt,
      note: request.note ?? null,
      kind: 'manual',
      created_by: actor.userId,
      created_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return readReminder(db, actor.agencyId, row.id);
}

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

/**
 * Deletes an open manual reminder. Done ones are kept; a suggestion is
 * dismissed by marking it done, so the rules do not suggest it again.
 */
export async function deleteReminder(db: Db, actor: Actor, input: z.input<typeof reminderIdInput>): Promise<void> {
  authorize(actor, 'pipeline:write');
  const { reminderId } = parseInput(reminderIdInput, input);
  const reminder = await readReminder(db, actor.agencyId, reminderId);
  if (reminder.doneAt) throw conflict('This reminder is done; done reminders are kept.');
  if (reminder.kind === 'suggested') throw conflict('A suggested reminder is dismissed by marking it done.');
  const deleted = await db
    .deleteFrom('reminders')
    .where('agency_id', '=', actor.agencyId)
    .where('id', '=', reminderId)
    .where('done_at', 'is', null)
    .executeTakeFirst();
  if (Number(deleted.numDeletedRows) === 0) throw conflict('This reminder was just marked done; done reminders are kept.');
}

/** The agency's reminders on live companies, as views. */
function reminderViews(db: Executor, agencyId: string) {
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
      'r.created_by as createdBy',
      'r.created_at as createdAt',
      'r.done_at as doneAt',
      'r.done_by as doneBy',
    ]);
}

async function readReminder(db: Executor, agencyId: string, reminderId: string): Promise<ReminderView> {
  const reminder = await reminderViews(db, agencyId).where('r.id', '=', reminderId).executeTakeFirst();
  if (!reminder) throw notFound('Reminder', reminderId);
  return reminder;
}
