import type { Actor } from '../identity/domain/index.js';
import { can } from '../identity/domain/index.js';
import { authorize } from '../identity/index.js';
import { dossierPermission, type DossierKind } from '../dossiers/domain/index.js';
import type { Executor } from '../platform/db/database.js';
import { notFound, validationError } from '../platform/errors.js';
import { findLiveCompany } from '../pipeline/index.js';

/*
 * The record a task (reminder) or notification is about: one of the
 * agency's live companies, or — since trigger rules act on them (SPEC
 * R4.6) — one of its live leads or opportunities. Each is guarded by its
 * own kind's right: companies:edit for a company's tasks, leads:edit or
 * opportunities:edit for a dossier's.
 */

export type TaskRecord = { companyId: string; dossierId: null; dossierKind: null } | { companyId: null; dossierId: string; dossierKind: DossierKind };

/** The right to `action` the record's tasks. */
export function taskPermission(record: { dossierKind: DossierKind | null }, action: 'view' | 'edit') {
  return record.dossierKind ? dossierPermission(record.dossierKind, action) : (`companies:${action}` as const);
}

/**
 * Before a task is read by its id: who may `action` tasks of no kind of
 * record is refused before anything is read; the record's own kind is
 * checked once it is read (taskPermission).
 */
export function authorizeAnyTaskRecord(actor: Actor, action: 'view' | 'edit'): void {
  if (!can(actor, `opportunities:${action}`) && !can(actor, `leads:${action}`)) authorize(actor, `companies:${action}`);
}

/** The live company or dossier named (exactly one of the two), once the actor may `action` its tasks; NOT_FOUND for another agency's. */
export async function findTaskRecord(db: Executor, actor: Actor, ref: { companyId?: string | undefined; dossierId?: string | undefined }, action: 'view' | 'edit'): Promise<TaskRecord> {
  if ((ref.companyId === undefined) === (ref.dossierId === undefined)) throw validationError([{ path: 'companyId', message: 'name either a company or a dossier' }]);
  if (ref.companyId !== undefined) {
    authorize(actor, `companies:${action}`);
    const company = await findLiveCompany(db, actor.agencyId, ref.companyId);
    return { companyId: company.id, dossierId: null, dossierKind: null };
  }
  if (!can(actor, `opportunities:${action}`)) authorize(actor, `leads:${action}`);
  const dossier = await db
    .selectFrom('dossiers')
    .select(['id', 'kind'])
    .where('agency_id', '=', actor.agencyId)
    .where('id', '=', ref.dossierId!)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  if (!dossier) throw notFound('Dossier', ref.dossierId!);
  authorize(actor, dossierPermission(dossier.kind, action));
  return { companyId: null, dossierId: dossier.id, dossierKind: dossier.kind };
}
