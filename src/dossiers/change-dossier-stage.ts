import { z } from 'zod';
import type { Actor } from '../identity/domain/index.js';
import { authorize } from '../identity/index.js';
import { systemClock, type Clock } from '../platform/clock.js';
import type { Db, Executor } from '../platform/db/database.js';
import { LIMITS, id, optionalText, parseInput, text } from '../platform/input/input.js';
import { gateFields, moveDossierToStage, toGateInput } from '../pipeline/index.js';
import { findDossierRow, toDossierActivityView, toDossierView, type DossierActivityView, type DossierView } from './dossier-views.js';
import { changeDossier, lockDossierFor } from './load-dossier.js';

export const changeDossierStageInput = z
  .object({
    dossierId: id,
    /** Target stage key, e.g. `qualified`. */
    stage: text(64),
    description: optionalText(LIMITS.description, { multiline: true }),
    ...gateFields,
    /** An admin's move outside the transition graph, with its reason. */
    override: z.object({ reason: text(LIMITS.reason) }).strict().optional(),
  })
  .strict();

/**
 * Moves a lead or opportunity to another stage (SPEC R4.1) through the
 * one stage writer: the pipeline's graph and gates as for a company, an
 * override for admins only.
 */
export async function changeDossierStage(
  db: Db,
  actor: Actor,
  input: z.input<typeof changeDossierStageInput>,
  clock: Clock = systemClock,
): Promise<{ dossier: DossierView; activity: DossierActivityView }> {
  const request = parseInput(changeDossierStageInput, input);
  return changeDossier(db, actor, request.dossierId, 'edit', (trx) => moveDossier(trx, actor, request, clock));
}

/** The move in the caller's transaction (bulk moves run one per target). */
export async function moveDossier(trx: Executor, actor: Actor, request: z.output<typeof changeDossierStageInput>, clock: Clock) {
  const dossier = await lockDossierFor(trx, actor, request.dossierId, 'edit');
  if (request.override) authorize(actor, 'pipelines:manage');
  const { activity } = await moveDossierToStage(
    trx,
    dossier,
    actor.userId,
    { to: request.stage, description: request.description, gates: toGateInput(request), override: request.override },
    clock(),
  );
  return { dossier: toDossierView((await findDossierRow(trx, actor.agencyId, dossier.id))!), activity: toDossierActivityView(activity) };
}
