import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, type NewUser, type User } from '../../../api/client';

/** Adds a colleague to the agency (admins); the users list reloads. */
export function useAddUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (user: NewUser) => api<User>('/api/users', { method: 'POST', body: user }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['users'] }),
  });
}
