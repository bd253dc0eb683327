import { z } from 'zod';
import type { Actor } from '../identity/domain/index.js';
import { authorize } from '../identity/index.js';
import { systemClock, type Clock } from '../platform/clock.js';
import type { Db } from '../platform/db/database.js';
import { id, parseInput } from '../platform/input/input.js';
import { appendDossierActivity } from '../pipeline/index.js';
import { lockVacancy } from './dossier-refs.js';

export const deleteVacancyInput = z.object({ vacancyId: id }).strict();

/** Deletes a vacancy (soft); its lead and opportunity record that it was unlinked. */
export async function deleteVacancy(db: Db, actor: Actor, input: z.input<typeof deleteVacancyInput>, clock: Clock = systemClock): Promise<void> {
  authorize(actor, 'vacancies:delete');
  const request = parseInput(deleteVacancyInput, input);
  await db.transaction().execute(async (trx) => {
    const vacancy = await lockVacancy(trx, actor.agencyId, request.vacancyId);
    const now = clock();
    const links = await trx.deleteFrom('vacancy_dossiers').where('agency_id', '=', actor.agencyId).where('vacancy_id', '=', vacancy.id).returning('dossier_id').execute();
    for (const link of links) {
      await appendDossierActivity(trx, { agencyId: actor.agencyId, dossierId: link.dossier_id, type: 'vacancy_unlinked', userId: actor.userId, createdAt: now, description: vacancy.title, extraData: { vacancyId: vacancy.id, deleted: true } });
    }
    await trx.updateTable('vacancies').set({ deleted_at: now }).where('agency_id', '=', actor.agencyId).where('id', '=', vacancy.id).execute();
  });
}
