import { z } from 'zod';
import type { Actor } from '../identity/domain/index.js';
import { systemClock, type Clock } from '../platform/clock.js';
import type { Db } from '../platform/db/database.js';
import { validationError } from '../platform/errors.js';
import { LIMITS, dateTime, id, optionalText, parseInput, text } from '../platform/input/input.js';
import { appendDossierActivity } from '../pipeline/index.js';
import { LOGGED_ACTIVITY_TYPES } from './domain/index.js';
import { toDossierActivityView, type DossierActivityView } from './dossier-views.js';
import { changeDossier } from './load-dossier.js';

export const logDossierActivityInput = z
  .object({
    dossierId: id,
    /** note, email, task or appointment. */
    type: z.enum(LOGGED_ACTIVITY_TYPES, { error: `must be one of ${LOGGED_ACTIVITY_TYPES.join(', ')}` }),
    /** The note, the e-mail's gist, the task or what the appointment is about. */
    body: text(LIMITS.note, { multiline: true }),
    /** An e-mail's subject. */
    subject: optionalText(LIMITS.name),
    /** When a task is due or an appointment takes place (ISO 8601 with offset). */
    at: dateTime().optional(),
  })
  .strict();

/** Logs a note, e-mail, task or appointment on a lead's or opportunity's timeline (SPEC R4.1). */
export async function logDossierActivity(db: Db, actor: Actor, input: z.input<typeof logDossierActivityInput>, clock: Clock = systemClock): Promise<DossierActivityView> {
  const request = parseInput(logDossierActivityInput, input);
  if (request.type === 'appointment' && request.at === undefined) throw validationError([{ path: 'at', message: 'an appointment needs a moment' }]);
  return changeDossier(db, actor, request.dossierId, 'edit', async (trx, dossier) => {
    const extraData: Record<string, unknown> = {};
    if (request.subject) extraData.subject = request.subject;
    if (request.at) extraData.at = request.at;
    const row = await appendDossierActivity(trx, {
      agencyId: actor.agencyId,
      dossierId: dossier.id,
      type: request.type,
      userId: actor.userId,
      createdAt: clock(),
      description: request.body,
      extraData,
    });
    return toDossierActivityView(row);
  });
}
