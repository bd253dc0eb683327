import { z } from 'zod';
import { CALL_OUTCOMES } from '../pipeline/domain/index.js';
import { systemClock, type Clock } from '../platform/clock.js';
import type { Actor } from '../identity/domain/index.js';
import type { Db } from '../platform/db/database.js';
import { authorize } from '../identity/index.js';
import { LIMITS, id, optionalText, parseInput, text } from '../platform/input/input.js';
import type { ActivityView } from '../pipeline/index.js';
import { appendTimelineEntry } from './append-timeline-entry.js';

export const logCallInput = z
  .object({
    companyId: id,
    /** Who was called. */
    contactName: text(LIMITS.name),
    outcome: z.enum(CALL_OUTCOMES),
    description: optionalText(LIMITS.description, { multiline: true }),
  })
  .strict();

/** Logs a phone call: with whom and how it went. */
export async function logCall(db: Db, actor: Actor, input: z.input<typeof logCallInput>, clock: Clock = systemClock): Promise<ActivityView> {
  authorize(actor, 'companies:edit');
  const request = parseInput(logCallInput, input);
  return appendTimelineEntry(
    db,
    actor,
    request.companyId,
    clock,
    { type: 'call', description: request.description, extraData: { contactName: request.contactName, outcome: request.outcome } },
    'call_logged',
  );
}
