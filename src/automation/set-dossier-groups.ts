import { z } from 'zod';
import type { Actor } from '../identity/domain/index.js';
import { can } from '../identity/domain/index.js';
import { authorize } from '../identity/index.js';
import { dossierPermission } from '../dossiers/domain/index.js';
import { systemClock, type Clock } from '../platform/clock.js';
import type { Db, Executor } from '../platform/db/database.js';
import { notFound } from '../platform/errors.js';
import { id, parseInput } from '../platform/input/input.js';
import { lockLiveDossier } from '../pipeline/index.js';
import { groupsOf, setGroupsByHand } from './group-membership.js';
import { recordAdapter } from './records.js';

export const setDossierGroupsInput = z
  .object({
    dossierId: id,
    /** Every group the lead or opportunity should be in: it is added to the others and taken out of those not listed. */
    groupIds: z.array(id).max(100, { error: 'must be at most 100' }),
  })
  .strict();

export const dossierGroupsInput = z.object({ dossierId: id }).strict();

/** Who may `action` neither leads nor opportunities is refused before the id is read (as the dossier routes do). */
function authorizeEitherKind(actor: Actor, action: 'view' | 'edit'): void {
  if (!can(actor, `opportunities:${action}`)) authorize(actor, `leads:${action}`);
}

/**
 * Puts a lead or opportunity in exactly these groups by hand (SPEC R4.6),
 * as a company's groups: each change is on its timeline by the user, and
 * an addition is the "added to group" event, whose rules run in this
 * transaction. Needs the kind's edit right.
 */
export async function setDossierGroups(db: Db, actor: Actor, input: z.input<typeof setDossierGroupsInput>, clock: Clock = systemClock): Promise<{ id: string; name: string }[]> {
  authorizeEitherKind(actor, 'edit');
  const request = parseInput(setDossierGroupsInput, input);
  return db.transaction().execute(async (trx) => {
    const dossier = await lockLiveDossier(trx, actor.agencyId, request.dossierId);
    authorize(actor, dossierPermission(dossier.kind, 'edit'));
    return setGroupsByHand(trx, recordAdapter(dossier.kind)!, actor.agencyId, { kind: dossier.kind, id: dossier.id }, request.groupIds, actor.userId, clock());
  });
}

/** The groups a lead or opportunity is in (the kind's view right). */
export async function listDossierGroups(db: Db, actor: Actor, input: z.input<typeof dossierGroupsInput>): Promise<{ id: string; name: string }[]> {
  authorizeEitherKind(actor, 'view');
  const request = parseInput(dossierGroupsInput, input);
  const dossier = await liveDossier(db, actor.agencyId, request.dossierId);
  authorize(actor, dossierPermission(dossier.kind, 'view'));
  return groupsOf(db, actor.agencyId, { kind: dossier.kind, id: dossier.id });
}

async function liveDossier(db: Executor, agencyId: string, dossierId: string) {
  const dossier = await db.selectFrom('dossiers').select(['id', 'kind']).where('agency_id', '=', agencyId).where('id', '=', dossierId).where('deleted_at', 'is', null).executeTakeFirst();
  if (!dossier) throw notFound('Dossier', dossierId);
  return dossier;
}
