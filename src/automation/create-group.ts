import { z } from 'zod';
import type { Actor } from '../identity/domain/index.js';
import { authorize } from '../identity/index.js';
import { systemClock, type Clock } from '../platform/clock.js';
import type { Db } from '../platform/db/database.js';
import { isUniqueViolation } from '../platform/db/unique-violation.js';
import { validationError } from '../platform/errors.js';
import { LIMITS, parseInput, text } from '../platform/input/input.js';

export const createGroupInput = z.object({ name: text(LIMITS.name) }).strict();

/** Creates a group records can be put in (admins, triggers:manage); names are unique per agency, ignoring case. */
export async function createGroup(db: Db, actor: Actor, input: z.input<typeof createGroupInput>, clock: Clock = systemClock): Promise<{ id: string; name: string }> {
  authorize(actor, 'triggers:manage');
  const request = parseInput(createGroupInput, input);
  try {
    return await db.insertInto('automation_groups').values({ agency_id: actor.agencyId, name: request.name, created_at: clock() }).returning(['id', 'name']).executeTakeFirstOrThrow();
  } catch (error) {
    if (isUniqueViolation(error, 'automation_groups_name_idx')) throw validationError([{ path: 'name', message: 'is the name of another group' }]);
    throw error;
  }
}
