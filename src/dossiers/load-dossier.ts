import { can, type Actor } from '../identity/domain/index.js';
import { authorize } from '../identity/index.js';
import type { Transaction } from 'kysely';
import type { Database, Db, Executor } from '../platform/db/database.js';
import { notFound } from '../platform/errors.js';
import { lockLiveDossier, type DossierRecord } from '../pipeline/index.js';
import { dossierPermission, type DossierAction } from './domain/index.js';
import { publishDossierChange } from './dossier-events.js';
import { findDossierRow, type DossierListRow } from './dossier-views.js';

/*
 * Every use case on one dossier by its id starts the same way: who may
 * `action` neither leads nor opportunities (an operator, a role without
 * them, both kinds switched off) is refused as a company route refuses,
 * before anything is read, rather than told whether the id exists; then the
 * dossier is read (another agency's is NOT_FOUND) and its own kind checked.
 */

/** Refuses, before anything is read, who may `action` neither kind. */
export function authorizeEitherKind(actor: Actor, action: DossierAction): void {
  if (!can(actor, `opportunities:${action}`)) authorize(actor, `leads:${action}`);
}

/** The live dossier, locked for a change in the caller's transaction, once the actor may `action` its kind. */
export async function lockDossierFor(trx: Executor, actor: Actor, dossierId: string, action: DossierAction): Promise<DossierRecord> {
  authorizeEitherKind(actor, action);
  const dossier = await lockLiveDossier(trx, actor.agencyId, dossierId);
  authorize(actor, dossierPermission(dossier.kind, action));
  return dossier;
}

/** The live dossier's row as lists show it, once the actor may `action` its kind. */
export async function loadDossierFor(db: Executor, actor: Actor, dossierId: string, action: DossierAction): Promise<DossierListRow> {
  authorizeEitherKind(actor, action);
  const row = await findDossierRow(db, actor.agencyId, dossierId);
  if (!row) throw notFound('Dossier', dossierId);
  authorize(actor, dossierPermission(row.kind, action));
  return row;
}

/**
 * One change of one dossier: refuses who may `action` neither kind before
 * anything is read, runs `work` on the locked dossier in one transaction,
 * then (committed) tells the agency's open pages.
 */
export async function changeDossier<T>(db: Db, actor: Actor, dossierId: string, action: DossierAction, work: (trx: Transaction<Database>, dossier: DossierRecord) => Promise<T>): Promise<T> {
  authorizeEitherKind(actor, action);
  const { dossier, result } = await db.transaction().execute(async (trx) => {
    const locked = await lockDossierFor(trx, actor, dossierId, action);
    return { dossier: locked, result: await work(trx, locked) };
  });
  publishDossierChange({ agencyId: actor.agencyId, dossierId: dossier.id, kind: dossier.kind });
  return result;
}
