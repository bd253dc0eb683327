import { z } from 'zod';
import type { Actor } from '../identity/domain/index.js';
import type { Db } from '../platform/db/database.js';
import { authorize } from '../identity/index.js';
import { id, parseInput } from '../platform/input/input.js';
import { viewToChange } from './company-view.js';

export const deleteCompanyViewInput = z.object({ viewId: id }).strict();

/** Deletes a saved view: the caller's own, or (an admin) a colleague's shared one. */
export async function deleteCompanyView(db: Db, actor: Actor, input: z.input<typeof deleteCompanyViewInput>): Promise<void> {
  authorize(actor, 'companies:view');
  const { viewId } = parseInput(deleteCompanyViewInput, input);
  await db.transaction().execute(async (trx) => {
    const view = await viewToChange(trx, actor, viewId, "delete a colleague's shared view");
    await trx.deleteFrom('company_views').where('agency_id', '=', actor.agencyId).where('id', '=', view.id).execute();
  });
}
