import { z } from 'zod';
import { validationError } from '../platform/errors.js';
import type { Db } from '../platform/db/database.js';
import { LIMITS, parseInput, text } from '../platform/input/input.js';
import type { Actor } from './domain/roles.js';
import { readCurrentUser, type CurrentUser } from './current-user.js';

export const updateProfileInput = z
  .object({
    /** Your display name, as colleagues see it (owner, timeline). */
    name: text(LIMITS.name).optional(),
    /** The web app's language after you log in: `nl` or `en`; null: the browser's. */
    language: z.enum(['nl', 'en']).nullable().optional(),
  })
  .strict();

/** The caller changes their own name or UI language; answers who they are now (as GET /api/me). */
export async function updateProfile(db: Db, actor: Actor, input: z.input<typeof updateProfileInput>): Promise<CurrentUser> {
  // One's own profile, like one's own password and tokens: everyone who is logged in, whatever their role holds (the platform operator too).
  const request = parseInput(updateProfileInput, input);
  if (request.name === undefined && request.language === undefined) throw validationError([{ path: '', message: 'Send name or language.' }]);
  return db.transaction().execute(async (trx) => {
    await trx
      .updateTable('users')
      .set({ ...(request.name !== undefined ? { name: request.name } : {}), ...(request.language !== undefined ? { language: request.language } : {}) })
      .where('agency_id', '=', actor.agencyId)
      .where('id', '=', actor.userId)
      .execute();
    return readCurrentUser(trx, actor);
  });
}
