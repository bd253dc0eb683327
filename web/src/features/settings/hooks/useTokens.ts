import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type ApiToken, type CreatedApiToken } from '../../../api/client';

/** The user's own API tokens, newest first. */
export function useTokens() {
  return useQuery({ queryKey: ['tokens'], queryFn: async () => (await api<{ items: ApiToken[] }>('/api/tokens?limit=100')).items });
}

/** Creates a token (its secret comes back this once) or revokes one; the list reloads. */
export function useTokenActions() {
  const queryClient = useQueryClient();
  const reload = () => void queryClient.invalidateQueries({ queryKey: ['tokens'] });
  return {
    create: useMutation({ mutationFn: (name: string) => api<CreatedApiToken>('/api/tokens', { method: 'POST', body: { name } }), onSuccess: reload }),
    revoke: useMutation({ mutationFn: (tokenId: string) => api<ApiToken>(`/api/tokens/${tokenId}`, { method: 'DELETE' }), onSettled: reload }),
  };
}
