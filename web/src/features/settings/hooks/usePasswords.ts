import { useMutation } from '@tanstack/react-query';
import { api, type PasswordChange, type PasswordReset } from '../../../api/client';

/** Changes the user's own password; the server ends their other sessions. */
export function useChangePassword() {
  return useMutation({ mutationFn: (change: PasswordChange) => api<void>('/api/auth/password', { method: 'POST', body: change }) });
}

/** An admin sets a colleague's new password; the server ends that colleague's sessions. */
export function useResetPassword() {
  return useMutation({
    mutationFn: ({ userId, ...reset }: PasswordReset & { userId: string }) => api<void>(`/api/users/${userId}/password`, { method: 'POST', body: reset }),
  });
}
