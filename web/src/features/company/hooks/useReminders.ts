import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Reminder } from '../../../api/client';

/** Whose reminders: a company's, or a lead's or opportunity's (a trigger rule's tasks land there too). */
export type ReminderRecord = { kind: 'company' | 'dossier'; id: string };

const pathOf = (record: ReminderRecord) => `/api/${record.kind === 'company' ? 'companies' : 'dossiers'}/${encodeURIComponent(record.id)}/reminders`;

/** A record's reminders (open ones first in time). */
export function useReminders(record: ReminderRecord) {
  return useQuery({
    queryKey: ['reminders', record.id],
    queryFn: async () => (await api<{ items: Reminder[] }>(pathOf(record))).items,
  });
}

export type ReminderChange = { action: 'add'; dueAt: string; note?: string | undefined; /** A colleague's id; the caller's own when absent. */ userId?: string | undefined } | { action: 'done' | 'delete'; id: string };

/** Adds, completes or deletes a reminder; the record's reminders, timeline and the dashboard refresh. */
export function useChangeReminder(record: ReminderRecord) {
  const companyId = record.id;
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: ReminderChange) => {
      if (change.action === 'add') return api(pathOf(record), { method: 'POST', body: { dueAt: change.dueAt, note: change.note, userId: change.userId } });
      if (change.action === 'done') return api(`/api/reminders/${change.id}/done`, { method: 'POST' });
      return api(`/api/reminders/${change.id}`, { method: 'DELETE' });
    },
    onSettled: () => {
      for (const key of [['reminders', companyId], ['timeline', companyId], ['routine'], ['dossier-timeline', companyId]]) void queryClient.invalidateQueries({ queryKey: key });
    },
  });
}
