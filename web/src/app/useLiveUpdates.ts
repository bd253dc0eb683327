import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { queriesTouchedBy, queriesTouchedByDossiers } from './live-invalidations';

/**
 * Changes that arrive together are refreshed together: an import or a bulk
 * move announces each of its companies, and one refetch of each open list
 * answers them all (invalidating once per event would restart the same
 * requests hundreds of times).
 */
const GATHER_MS = 200;

/**
 * Listens to the agency's change stream (server-sent events) and refreshes
 * what a colleague's change touched — the board, the companies page's list
 * and total, the company's own page, the leads and opportunities overviews
 * and a dossier's page — and the bell when a notification
 * arrives. A refetch keeps what is shown until the answer replaces it, so
 * scroll, selection and filters stay. EventSource reconnects by itself.
 * Only while `enabled` (the stream needs companies:view).
 */
export function useLiveUpdates(enabled = true) {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!enabled) return;
    const source = new EventSource('/api/events');
    let changed = new Set<string>();
    let dossiers = new Set<string>();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const refresh = () => {
      timer = undefined;
      const keys = [...(changed.size > 0 ? queriesTouchedBy(changed) : []), ...(dossiers.size > 0 ? queriesTouchedByDossiers(dossiers) : [])];
      changed = new Set();
      dossiers = new Set();
      for (const queryKey of keys) void queryClient.invalidateQueries({ queryKey });
    };
    source.addEventListener('company', (event) => {
      const change = JSON.parse((event as MessageEvent<string>).data) as { companyId: string };
      changed.add(change.companyId);
      timer ??= setTimeout(refresh, GATHER_MS);
    });
    source.addEventListener('dossier', (event) => {
      const change = JSON.parse((event as MessageEvent<string>).data) as { dossierId: string };
      dossiers.add(change.dossierId);
      timer ??= setTimeout(refresh, GATHER_MS);
    });
    source.addEventListener('notification', () => {
      void queryClient.invalidateQueries({ queryKey: ['notifications'] });
    });
    return () => {
      source.close();
      clearTimeout(timer);
    };
  }, [queryClient, enabled]);
}
