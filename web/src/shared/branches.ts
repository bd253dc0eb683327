import { useQuery } from '@tanstack/react-query';
import { api, type Branch } from '../api/client';

/** The agency's branches, archived ones too (Settings shows them to restore; filters and pickers offer the active ones). */
export function useBranches() {
  return useQuery({ queryKey: ['branches'], queryFn: async () => (await api<{ items: Branch[] }>('/api/branches?archived=true')).items, staleTime: 30_000 });
}
