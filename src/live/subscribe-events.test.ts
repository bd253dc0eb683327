import { describe, expect, it } from 'vitest';
import type { Actor, Role } from '../identity/domain/index.js';
import { publishCompanyChange } from '../platform/events/company-changes.js';
import { publishNotificationEvent } from '../tasks/notification-events.js';
import { publishDossierChange } from '../dossiers/index.js';
import { subscribeToEvents, type LiveEvent } from './subscribe-events.js';

const viewer: Actor = { agencyId: 'agency-a', userId: 'user-1', role: 'viewer' };

describe('subscribeToEvents', () => {
  it("passes the agency's company changes and the caller's own notification changes, nothing else", () => {
    const seen: LiveEvent[] = [];
    const stop = subscribeToEvents(viewer, (event) => seen.push(event));
    publishCompanyChange({ agencyId: 'agency-a', companyId: 'c1', kind: 'note_added' });
    publishCompanyChange({ agencyId: 'agency-b', companyId: 'c2', kind: 'note_added' });
    publishNotificationEvent({ agencyId: 'agency-a', userIds: ['user-1', 'user-2'], kind: 'created' });
    publishNotificationEvent({ agencyId: 'agency-a', userIds: ['user-2'], kind: 'created' });
    publishNotificationEvent({ agencyId: 'agency-b', userIds: ['user-1'], kind: 'read' });
    stop();
    publishCompanyChange({ agencyId: 'agency-a', companyId: 'c3', kind: 'deleted' });
    expect(seen).toEqual([
      { event: 'company', data: { companyId: 'c1', kind: 'note_added' } },
      { event: 'notification', data: { kind: 'created' } },
    ]);
  });

  it("passes the agency's lead and opportunity changes to who may view that kind only", () => {
    const seen: LiveEvent[] = [];
    const leadsOnly: Actor = { ...viewer, permissions: new Set(['companies:view', 'leads:view']) };
    const stop = subscribeToEvents(leadsOnly, (event) => seen.push(event));
    publishDossierChange({ agencyId: 'agency-a', dossierId: 'd1', kind: 'lead' });
    publishDossierChange({ agencyId: 'agency-a', dossierId: 'd2', kind: 'opportunity' });
    publishDossierChange({ agencyId: 'agency-b', dossierId: 'd3', kind: 'lead' });
    stop();
    publishDossierChange({ agencyId: 'agency-a', dossierId: 'd4', kind: 'lead' });
    expect(seen).toEqual([{ event: 'dossier', data: { dossierId: 'd1', kind: 'lead' } }]);
  });

  it('authorizes first: a role that may not read the pipeline gets FORBIDDEN and no subscription', () => {
    const seen: LiveEvent[] = [];
    const nobody: Actor = { ...viewer, role: 'nobody' as Role };
    expect(() => subscribeToEvents(nobody, (event) => seen.push(event))).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
    publishCompanyChange({ agencyId: 'agency-a', companyId: 'c1', kind: 'updated' });
    expect(seen).toEqual([]);
  });
});
