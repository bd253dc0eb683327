import { z } from 'zod';
import type { Actor } from '../identity/domain/index.js';
import { authorize } from '../identity/index.js';
import { systemClock, type Clock } from '../platform/clock.js';
import type { Db } from '../platform/db/database.js';
import { id, parseInput } from '../platform/input/input.js';
import { lockLiveDossier } from '../pipeline/index.js';
import { dossierPermission } from './domain/index.js';
import { linkVacancy } from './dossier-refs.js';
import { vacanciesOf, type VacancyView } from './vacancy-views.js';
import { authorizeEitherKind } from './authorize-either-kind.js';

export const linkDossierVacancyInput = z.object({ dossierId: id, vacancyId: id }).strict();

/** Links a vacancy to a lead or opportunity: 409 when the vacancy already has one of that kind (the database decides). */
export async function linkDossierVacancy(db: Db, actor: Actor, input: z.input<typeof linkDossierVacancyInput>, clock: Clock = systemClock): Promise<VacancyView[]> {
  const request = parseInput(linkDossierVacancyInput, input);
  authorizeEitherKind(actor, 'edit');
  return db.transaction().execute(async (trx) => {
    const dossier = await lockLiveDossier(trx, actor.agencyId, request.dossierId);
    authorize(actor, dossierPermission(dossier.kind, 'edit'));
    authorize(actor, 'vacancies:edit');
    await linkVacancy(trx, dossier, request.vacancyId, actor.userId, clock());
    return vacanciesOf(trx, actor.agencyId, dossier.id);
  });
}
