import { useQuery } from '@tanstack/react-query';
import { api, type LossReason, type Me, type Pipelines, type TeamMember } from '../api/client';

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

/** The most users one request of GET /api/users returns. */
const USERS_PAGE = 500;

/**
 * Every user of the agency, by name, deactivated ones too (marked
 * `active: false`), read page by page: the team list shows them all, and a
 * deactivated owner's name still shows on their records. Choices of an
 * owner or assignee take the active ones (`ownerChoices`).
 */
export async function fetchAllUsers(): Promise<TeamMember[]> {
  const users: TeamMember[] = [];
  let cursor: string | null = null;
  do {
    const query: string = new URLSearchParams({ limit: String(USERS_PAGE), ...(cursor ? { cursor } : {}) }).toString();
    const page: { items: TeamMember[]; nextCursor: string | null } = await api(`/api/users?${query}`);
    users.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return users;
}

/** The agency's users, by name, active or not (one cache with Settings → Team). */
export function useUsers() {
  return useQuery({ queryKey: ['users'], queryFn: fetchAllUsers, staleTime: 5 * 60_000 });
}
