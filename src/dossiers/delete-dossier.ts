import { z } from 'zod';
import type { Actor } from '../identity/domain/index.js';
import { systemClock, type Clock } from '../platform/clock.js';
import type { Db, Executor } from '../platform/db/database.js';
import { id, parseInput } from '../platform/input/input.js';
import { appendDossierActivity } from '../pipeline/index.js';
import { changeDossier, lockDossierFor } from './load-dossier.js';

export const deleteDossierInput = z.object({ dossierId: id }).strict();

/**
 * Deletes a lead or opportunity (soft: its timeline stays, and a lead
 * that was converted stays converted). Its vacancies are let go, so each
 * can take another dossier of that kind.
 */
export async function deleteDossier(db: Db, actor: Actor, input: z.input<typeof deleteDossierInput>, clock: Clock = systemClock): Promise<void> {
  const request = parseInput(deleteDossierInput, input);
  await changeDossier(db, actor, request.dossierId, 'delete', (trx, dossier) => removeDossier(trx, actor, dossier.id, clock()));
}

/** The delete in the caller's transaction (bulk delete runs it per target). */
export async function removeDossier(trx: Executor, actor: Actor, dossierId: string, now: Date): Promise<void> {
  const dossier = await lockDossierFor(trx, actor, dossierId, 'delete');
  const released = await trx.deleteFrom('vacancy_dossiers').where('agency_id', '=', actor.agencyId).where('dossier_id', '=', dossier.id).returning('vacancy_id').execute();
  await trx.updateTable('dossiers').set({ deleted_at: now, deleted_by: actor.userId }).where('agency_id', '=', actor.agencyId).where('id', '=', dossier.id).execute();
  await appendDossierActivity(trx, {
    agencyId: actor.agencyId,
    dossierId: dossier.id,
    type: 'deleted',
    userId: actor.userId,
    createdAt: now,
    description: dossier.title,
    extraData: released.length > 0 ? { releasedVacancyIds: released.map((row) => row.vacancy_id) } : {},
  });
}
