import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type AgencyRoleView, type Branch, type NewRole, type RoleChange } from '../../../api/client';

/** The agency's roles with their permissions: the team's role pickers and Settings → Roles. */
export function useRoles() {
  return useQuery({ queryKey: ['roles'], queryFn: async () => (await api<{ items: AgencyRoleView[] }>('/api/roles')).items, staleTime: 30_000 });
}

/** Adding, changing and deleting the agency's own roles; the roles, the team and one's own rights reload after each. */
export function useRoleActions() {
  const queryClient = useQueryClient();
  const reload = () => {
    void queryClient.invalidateQueries({ queryKey: ['roles'] });
    void queryClient.invalidateQueries({ queryKey: ['users'] });
    void queryClient.invalidateQueries({ queryKey: ['me'] });
  };
  return {
    create: useMutation({ mutationFn: (role: NewRole) => api<AgencyRoleView>('/api/roles', { method: 'POST', body: role }), onSuccess: reload }),
    update: useMutation({
      mutationFn: ({ id, ...change }: RoleChange & { id: string }) => api<AgencyRoleView>(`/api/roles/${id}`, { method: 'PATCH', body: change }),
      onSettled: reload,
    }),
    remove: useMutation({ mutationFn: (id: string) => api<void>(`/api/roles/${id}`, { method: 'DELETE' }), onSettled: reload }),
  };
}

export { useBranches } from '../../../shared/branches';

/** Adding, renaming, archiving and restoring branches; the list reloads after each. */
export function useBranchActions() {
  const queryClient = useQueryClient();
  const reload = () => void queryClient.invalidateQueries({ queryKey: ['branches'] });
  return {
    create: useMutation({ mutationFn: (name: string) => api<Branch>('/api/branches', { method: 'POST', body: { name } }), onSuccess: reload }),
    update: useMutation({
      mutationFn: ({ id, ...change }: { id: string; name?: string; archived?: boolean }) => api<Branch>(`/api/branches/${id}`, { method: 'PATCH', body: change }),
      onSettled: reload,
    }),
  };
}
