import { z } from 'zod';
import type { Actor } from '../identity/domain/index.js';
import { authorize } from '../identity/index.js';
import { systemClock, type Clock } from '../platform/clock.js';
import type { Db } from '../platform/db/database.js';
import { id, parseInput } from '../platform/input/input.js';
import { linkVacancy } from './dossier-refs.js';
import { vacanciesOf, type VacancyView } from './vacancy-views.js';
import { changeDossier } from './load-dossier.js';

export const linkDossierVacancyInput = z.object({ dossierId: id, vacancyId: id }).strict();

/** Links a vacancy to a lead or opportunity: 409 when the vacancy already has one of that kind (the database decides). */
export async function linkDossierVacancy(db: Db, actor: Actor, input: z.input<typeof linkDossierVacancyInput>, clock: Clock = systemClock): Promise<VacancyView[]> {
  const request = parseInput(linkDossierVacancyInput, input);
  return changeDossier(db, actor, request.dossierId, 'edit', async (trx, dossier) => {
    authorize(actor, 'vacancies:edit');
    await linkVacancy(trx, dossier, request.vacancyId, actor.userId, clock());
    return vacanciesOf(trx, actor.agencyId, dossier.id);
  });
}
