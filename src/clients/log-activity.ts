import { z } from 'zod';
import { CALL_OUTCOMES } from '../pipeline/domain/index.js';
import { systemClock, type Clock } from '../platform/clock.js';
import type { Actor } from '../identity/domain/index.js';
import type { Db } from '../platform/db/database.js';
import { authorize } from '../identity/index.js';
import { LIMITS, dateTime, id, optionalText, parseInput, text } from '../platform/input/input.js';
import { appendActivity, findLiveCompany, type ActivityInput } from '../pipeline/index.js';
import { toActivityView, type ActivityView } from '../pipeline/index.js';

/*
 * Timeline entries that record what happened without changing the pipeline:
 * notes, calls and meetings. Each checks the company is the agency's own and
 * appends one activity.
 */

export const addNoteInput = z
  .object({
    companyId: id,
    /** The note itself. */
    body: text(LIMITS.note, { multiline: true }),
  })
  .strict();

export const logCallInput = z
  .object({
    companyId: id,
    /** Who was called. */
    contactName: text(LIMITS.name),
    outcome: z.enum(CALL_OUTCOMES),
    description: optionalText(LIMITS.description, { multiline: true }),
  })
  .strict();

export const scheduleMeetingInput = z
  .object({
    companyId: id,
    /** When the meeting takes place (ISO 8601 with offset). */
    at: dateTime(),
    /** Who attends. */
    attendees: z.array(text(LIMITS.name)).max(50).default([]),
    /** Agenda or key takeaways. */
    description: optionalText(LIMITS.description, { multiline: true }),
  })
  .strict();

/** Adds a note to a company's timeline. */
export async function addNote(db: Db, actor: Actor, input: z.input<typeof addNoteInput>, clock: Clock = systemClock) {
  authorize(actor, 'pipeline:write');
  const request = parseInput(addNoteInput, input);
  return append(db, actor, request.companyId, clock, { type: 'note', description: request.body });
}

/** Logs a phone call: with whom and how it went. */
export async function logCall(db: Db, actor: Actor, input: z.input<typeof logCallInput>, clock: Clock = systemClock) {
  authorize(actor, 'pipeline:write');
  const request = parseInput(logCallInput, input);
  return append(db, actor, request.companyId, clock, {
    type: 'call',
    description: request.description,
    extraData: { contactName: request.contactName, outcome: request.outcome },
  });
}

/** Records a scheduled meeting with its time and attendees. */
export async function scheduleMeeting(
  db: Db,
  actor: Actor,
  input: z.input<typeof scheduleMeetingInput>,
  clock: Clock = systemClock,
) {
  authorize(actor, 'pipeline:write');
  const request = parseInput(scheduleMeetingInput, input);
  return append(db, actor, request.companyId, clock, {
    type: 'meeting_scheduled',
    description: request.description,
    extraData: { at: new Date(request.at).toISOString(), attendees: request.attendees },
  });
}

async function append(
  db: Db,
  actor: Actor,
  companyId: string,
  clock: Clock,
  entry: Pick<ActivityInput, 'type' | 'description' | 'extraData'>,
): Promise<ActivityView> {
  const company = await findLiveCompany(db, actor.agencyId, companyId);
  const row = await appendActivity(db, {
    ...entry,
    agencyId: actor.agencyId,
    companyId: company.id,
    userId: actor.userId,
    createdAt: clock(),
  });
  return toActivityView(row);
}
