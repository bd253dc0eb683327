import { z } from 'zod';
import type { Actor } from '../identity/domain/index.js';
import { authorize } from '../identity/index.js';
import { systemClock, type Clock } from '../platform/clock.js';
import type { Db } from '../platform/db/database.js';
import { notFound } from '../platform/errors.js';
import { id, parseInput } from '../platform/input/input.js';
import { appendDossierActivity } from '../pipeline/index.js';
import { lockVacancy } from './dossier-refs.js';
import { vacanciesOf, type VacancyView } from './vacancy-views.js';
import { changeDossier } from './load-dossier.js';

export const unlinkDossierVacancyInput = z.object({ dossierId: id, vacancyId: id }).strict();

/** Unlinks a vacancy from a lead or opportunity. */
export async function unlinkDossierVacancy(db: Db, actor: Actor, input: z.input<typeof unlinkDossierVacancyInput>, clock: Clock = systemClock): Promise<VacancyView[]> {
  const request = parseInput(unlinkDossierVacancyInput, input);
  return changeDossier(db, actor, request.dossierId, 'edit', async (trx, dossier) => {
    authorize(actor, 'vacancies:edit');
    const vacancy = await lockVacancy(trx, actor.agencyId, request.vacancyId);
    const removed = await trx
      .deleteFrom('vacancy_dossiers')
      .where('agency_id', '=', actor.agencyId)
      .where('vacancy_id', '=', vacancy.id)
      .where('dossier_id', '=', dossier.id)
      .returning('vacancy_id')
      .executeTakeFirst();
    if (!removed) throw notFound('Vacancy', request.vacancyId);
    await appendDossierActivity(trx, { agencyId: actor.agencyId, dossierId: dossier.id, type: 'vacancy_unlinked', userId: actor.userId, createdAt: clock(), description: vacancy.title, extraData: { vacancyId: vacancy.id } });
    return vacanciesOf(trx, actor.agencyId, dossier.id);
  });
}
