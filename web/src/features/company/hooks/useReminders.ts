import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Reminder } from '../../../api/client';

/** A company's reminders (open ones first in time). */
export function useReminders(companyId: string) {
  return useQuery({
    queryKey: ['reminders', companyId],
    queryFn: async () => (await api<{ items: Reminder[] }>(`/api/companies/${companyId}/reminders`)).items,
  });
}

export type ReminderChange = { action: 'add'; dueAt: string; note?: string | undefined; /** A colleague's id; the caller's own when absent. */ userId?: string | undefined } | { action: 'done' | 'delete'; id: string };

/** Adds, completes or deletes a reminder; the company's reminders, timeline and the dashboard refresh. */
export function useChangeReminder(companyId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: ReminderChange) => {
      if (change.action === 'add') return api(`/api/companies/${companyId}/reminders`, { method: 'POST', body: { dueAt: change.dueAt, note: change.note, userId: change.userId } });
      if (change.action === 'done') return api(`/api/reminders/${change.id}/done`, { method: 'POST' });
      return api(`/api/reminders/${change.id}`, { method: 'DELETE' });
    },
    onSettled: () => {
      for (const key of [['reminders', companyId], ['timeline', companyId], ['routine']]) void queryClient.invalidateQueries({ queryKey: key });
    },
  });
}
