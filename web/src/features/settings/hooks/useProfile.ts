import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, type Me, type ProfileChange } from '../../../api/client';

/** Saves one's own name or UI language; the logged-in user (top bar, menus) follows at once. */
export function useUpdateProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: ProfileChange) => api<Me>('/api/me', { method: 'PATCH', body: change }),
    onSuccess: (me) => {
      queryClient.setQueryData(['me'], me);
      // Owners and the team list show names too.
      void queryClient.invalidateQueries({ queryKey: ['users'] });
    },
  });
}
