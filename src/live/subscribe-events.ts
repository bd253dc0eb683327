import { can, type Actor } from '../identity/domain/index.js';
import { onDossierChange, type DossierChange } from '../dossiers/index.js';
import { onCompanyChange, type CompanyChangeKind } from '../platform/events/company-changes.js';
import { authorize } from '../identity/index.js';
import { onNotificationEvent } from '../tasks/index.js';

/** What a live stream carries: the agency's company and dossier changes and the caller's own notification changes. */
export type LiveEvent =
  | { event: 'company'; data: { companyId: string; kind: CompanyChangeKind } }
  | { event: 'dossier'; data: { dossierId: string; kind: DossierChange['kind'] } }
  | { event: 'notification'; data: { kind: 'created' | 'read' } };

/**
 * Passes `actor`'s events to `send` until the returned function is called.
 * The stream shows the pipeline changing, so it takes the right to read the
 * pipeline (FORBIDDEN otherwise, before anything is subscribed); company
 * changes are the caller's agency's only, notifications the caller's own.
 */
export function subscribeToEvents(actor: Actor, send: (event: LiveEvent) => void): () => void {
  authorize(actor, 'companies:view');
  const stopCompanies = onCompanyChange((change) => {
    if (change.agencyId !== actor.agencyId) return;
    send({ event: 'company', data: { companyId: change.companyId, kind: change.kind } });
  });
  // A lead or opportunity only reaches who may view its kind (roles, and the kinds the agency switched on).
  const stopDossiers = onDossierChange((change) => {
    if (change.agencyId !== actor.agencyId || !can(actor, change.kind === 'lead' ? 'leads:view' : 'opportunities:view')) return;
    send({ event: 'dossier', data: { dossierId: change.dossierId, kind: change.kind } });
  });
  const stopNotifications = onNotificationEvent((event) => {
    if (event.agencyId !== actor.agencyId || !event.userIds.includes(actor.userId)) return;
    send({ event: 'notification', data: { kind: event.kind } });
  });
  return () => {
    stopCompanies();
    stopDossiers();
    stopNotifications();
  };
}
