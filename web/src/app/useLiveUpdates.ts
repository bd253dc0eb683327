import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';

/**
 * Listens to the agency's change stream (server-sent events) and refreshes
 * what a colleague's change touched. EventSource reconnects by itself.
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
    });
    return () => source.close();
  }, [queryClient]);
}
