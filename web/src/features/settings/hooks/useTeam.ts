import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type CreatedInvite, type Invite, type NewInvite, type TeamMember, type UserChange } from '../../../api/client';
import { fetchAllUsers } from '../../../shared/queries';

/** Every user of the agency with their state, all pages (the same list as the owner pickers, so one cache). */
export function useTeamMembers() {
  return useQuery({ queryKey: ['users'], queryFn: fetchAllUsers, staleTime: 30_000 });
}

/** An admin's changes to a colleague: role or name, deactivate, reactivate; the list reloads after each. */
export function useMemberActions() {
  const queryClient = useQueryClient();
  const reload = () => void queryClient.invalidateQueries({ queryKey: ['users'] });
  return {
    update: useMutation({
      mutationFn: ({ userId, ...change }: UserChange & { userId: string }) => api<TeamMember>(`/api/users/${userId}`, { method: 'PATCH', body: change }),
      onSettled: reload,
    }),
    deactivate: useMutation({ mutationFn: (userId: string) => api<void>(`/api/users/${userId}/deactivate`, { method: 'POST' }), onSettled: reload }),
    reactivate: useMutation({ mutationFn: (userId: string) => api<void>(`/api/users/${userId}/reactivate`, { method: 'POST' }), onSettled: reload }),
  };
}

/** The agency's invites (admins), newest first. */
export function useInvites() {
  return useQuery({ queryKey: ['invites'], queryFn: async () => (await api<{ items: Invite[] }>('/api/invites')).items });
}

/** Makes an invite (the answer carries its secret, once) or withdraws one; the list reloads. */
export function useInviteActions() {
  const queryClient = useQueryClient();
  const reload = () => void queryClient.invalidateQueries({ queryKey: ['invites'] });
  return {
    create: useMutation({ mutationFn: (invite: NewInvite) => api<CreatedInvite>('/api/invites', { method: 'POST', body: invite }), onSuccess: reload }),
    revoke: useMutation({ mutationFn: (inviteId: string) => api<Invite>(`/api/invites/${inviteId}`, { method: 'DELETE' }), onSettled: reload }),
  };
}
