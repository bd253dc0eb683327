import { z } from 'zod';
import { systemClock, type Clock } from '../platform/clock.js';
import type { Actor } from '../identity/domain/index.js';
import type { Db } from '../platform/db/database.js';
import { authorize } from '../identity/index.js';
import { LIMITS, dateTime, id, optionalText, parseInput, text } from '../platform/input/input.js';
import type { ActivityView } from '../pipeline/index.js';
import { appendTimelineEntry } from './append-timeline-entry.js';

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

/** Records a scheduled meeting with its time and attendees. */
export async function scheduleMeeting(
  db: Db,
  actor: Actor,
  input: z.input<typeof scheduleMeetingInput>,
  clock: Clock = systemClock,
): Promise<ActivityView> {
  authorize(actor, 'companies:edit');
  const request = parseInput(scheduleMeetingInput, input);
  return appendTimelineEntry(
    db,
    actor,
    request.companyId,
    clock,
    { type: 'meeting_scheduled', description: request.description, extraData: { at: new Date(request.at).toISOString(), attendees: request.attendees } },
    'meeting_scheduled',
  );
}
