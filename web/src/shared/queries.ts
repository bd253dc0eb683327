import { useQuery } from '@tanstack/react-query';
import { api, type LossReason, type Me, type Pipelines, type User } from '../api/client';

/** The logged-in user; null when not logged in. */
export function useMe() {
  return useQuery({
    queryKey: ['me'],
    queryFn: async () => {
      try {
        return await api<Me>('/api/me');
      } catch (error) {
        if ((error as { status?: number }).status === 401) return null;
        throw error;
      }
    },
    staleTime: 60_000,
  });
}

/** The stages of the default pipeline, in order. */
export function useStages() {
  return useQuery({
    queryKey: ['pipelines'],
    queryFn: async () => (await api<Pipelines>('/api/pipelines')).items[0]!.stages,
    staleTime: Infinity,
  });
}

export function useLossReasons() {
  return useQuery({
    queryKey: ['loss-reasons'],
    queryFn: async () => (await api<{ items: LossReason[] }>('/api/loss-reasons')).items,
    staleTime: Infinity,
  });
}

/** The agency's users, by name. */
export function useUsers() {
  return useQuery({
    queryKey: ['users'],
    queryFn: async () => (await api<{ items: User[] }>('/api/users')).items,
    staleTime: 5 * 60_000,
  });
}
