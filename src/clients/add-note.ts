import { z } from 'zod';
import { systemClock, type Clock } from '../platform/clock.js';
import type { Actor } from '../identity/domain/index.js';
import type { Db } from '../platform/db/database.js';
import { authorize } from '../identity/index.js';
import { LIMITS, id, parseInput, text } from '../platform/input/input.js';
import type { ActivityView } from '../pipeline/index.js';
import { appendTimelineEntry } from './append-timeline-entry.js';

export const addNoteInput = z
  .object({
    companyId: id,
    /** The note itself. */
    body: text(LIMITS.note, { multiline: true }),
  })
  .strict();

/** Adds a note to a company's timeline. */
export async function addNote(db: Db, actor: Actor, input: z.input<typeof addNoteInput>, clock: Clock = systemClock): Promise<ActivityView> {
  authorize(actor, 'companies:edit');
  const request = parseInput(addNoteInput, input);
  return appendTimelineEntry(db, actor, request.companyId, clock, { type: 'note', description: request.body }, 'note_added');
}
