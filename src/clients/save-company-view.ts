import { z } from 'zod';
import type { Actor } from '../identity/domain/index.js';
import type { Db } from '../platform/db/database.js';
import { authorize } from '../identity/index.js';
import { systemClock, type Clock } from '../platform/clock.js';
import { parseInput, text } from '../platform/input/input.js';
import { viewSettingsSchema } from './clients.schemas.js';
import { toCompanyView, type CompanyView } from './company-view.js';

export const saveCompanyViewInput = z
  .object({
    name: text(100),
    /** Shared with the agency (every colleague sees it), or the caller's own. */
    shared: z.boolean({ error: 'must be true or false' }).default(false),
    settings: viewSettingsSchema,
  })
  .strict();

/** Saves the companies page's filter, sort and columns as a named view of the caller's, kept to themselves or shared with the agency. */
export async function saveCompanyView(db: Db, actor: Actor, input: z.input<typeof saveCompanyViewInput>, clock: Clock = systemClock): Promise<CompanyView> {
  authorize(actor, 'companies:view');
  const request = parseInput(saveCompanyViewInput, input);
  const now = clock();
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('company_views')
      .values({
        agency_id: actor.agencyId,
        user_id: actor.userId,
        name: request.name,
        shared: request.shared,
        settings: JSON.stringify(request.settings),
        created_at: now,
        updated_at: now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    const owner = await trx.selectFrom('users').select('name').where('agency_id', '=', actor.agencyId).where('id', '=', actor.userId).executeTakeFirstOrThrow();
    return toCompanyView({ ...row, owner_name: owner.name }, actor);
  });
}
