import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';

/**
 * Listens to the agency's change stream (server-sent events) and refreshes
 * what a colleague's change touched, and the bell when a notification
 * arrives. EventSource reconnects by itself.
 */
export function useLiveUpdates() {
  const queryClient = useQueryClient();
  useEffect(() => {
    const source = new EventSource('/api/events');
    source.addEventListener('company', (event) => {
      const change = JSON.parse((event as MessageEvent<string>).data) as { companyId: string };
      void queryClient.invalidateQueries({ queryKey: ['board'] });
      // A colleague may have followed a company the discovery results show.
      void queryClient.invalidateQueries({ queryKey: ['discovery'] });
      void queryClient.invalidateQueries({ queryKey: ['company', change.companyId] });
      void queryClient.invalidateQueries({ queryKey: ['timeline', change.companyId] });
      void queryClient.invalidateQueries({ queryKey: ['reminders', change.companyId] });
      void queryClient.invalidateQueries({ queryKey: ['contacts', change.companyId] });
      void queryClient.invalidateQueries({ queryKey: ['people'] });
      // The dashboard's lists and figures (refetched only while it is open).
      void queryClient.invalidateQueries({ queryKey: ['routine'] });
      void queryClient.invalidateQueries({ queryKey: ['analytics'] });
    });
    source.addEventListener('notification', () => {
      void queryClient.invalidateQueries({ queryKey: ['notifications'] });
    });
    return () => source.close();
  }, [queryClient]);
}
