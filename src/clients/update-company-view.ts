import { z } from 'zod';
import type { Actor } from '../identity/domain/index.js';
import type { Db } from '../platform/db/database.js';
import { authorize } from '../identity/index.js';
import { systemClock, type Clock } from '../platform/clock.js';
import { validationError } from '../platform/errors.js';
import { id, parseInput, text } from '../platform/input/input.js';
import { viewSettingsSchema } from './clients.schemas.js';
import { toCompanyView, viewToChange, type CompanyView } from './company-view.js';

export const updateCompanyViewInput = z
  .object({
    viewId: id,
    name: text(100).optional(),
    shared: z.boolean({ error: 'must be true or false' }).optional(),
    settings: viewSettingsSchema.optional(),
  })
  .strict();

/**
 * Renames a saved view, shares or unshares it, or replaces its settings.
 * Only its owner, or an admin for a shared view, may (company-view.ts).
 */
export async function updateCompanyView(db: Db, actor: Actor, input: z.input<typeof updateCompanyViewInput>, clock: Clock = systemClock): Promise<CompanyView> {
  authorize(actor, 'companies:view');
  const { viewId, ...changes } = parseInput(updateCompanyViewInput, input);
  if (Object.values(changes).every((value) => value === undefined)) {
    throw validationError([{ path: '', message: 'nothing to change: give name, shared or settings' }]);
  }
  return db.transaction().execute(async (trx) => {
    const view = await viewToChange(trx, actor, viewId, "change a colleague's shared view");
    const row = await trx
      .updateTable('company_views')
      .set({
        ...(changes.name !== undefined ? { name: changes.name } : {}),
        ...(changes.shared !== undefined ? { shared: changes.shared } : {}),
        ...(changes.settings !== undefined ? { settings: JSON.stringify(changes.settings) } : {}),
        updated_at: clock(),
      })
      .where('agency_id', '=', actor.agencyId)
      .where('id', '=', view.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    return toCompanyView({ ...row, owner_name: view.owner_name }, actor);
  });
}
