import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type PipelineAnalytics, type Routine, type TeamActivity } from '../../../api/client';
import type { ApiPeriod } from '../utils/dashboard-filters';

/** The pipeline figures of a period, for everyone or one owner; the previous figures stay while the next load. */
export function usePipelineAnalytics(period: ApiPeriod | null, ownerId: string | undefined) {
  const query = new URLSearchParams();
  if (period) {
    query.set('from', period.from);
    if (period.to) query.set('to', period.to);
  }
  if (ownerId) query.set('ownerId', ownerId);
  return useQuery({
    queryKey: ['analytics', 'pipeline', query.toString()],
    queryFn: () => api<PipelineAnalytics>(`/api/analytics/pipeline?${query}`),
    enabled: period !== null,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}

/** Each member's activity over the last `days` days against the days before (only the user's own for members). */
export function useTeamActivity(days: number) {
  return useQuery({
    queryKey: ['analytics', 'team', days],
    queryFn: () => api<TeamActivity>(`/api/analytics/team?days=${days}`),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}

/** Today's work: follow-ups, meetings, prospects to contact, due reminders and stale companies. */
export function useRoutine(ownerId: string | undefined) {
  const query = ownerId ? `?${new URLSearchParams({ ownerId })}` : '';
  return useQuery({
    queryKey: ['routine', ownerId ?? 'all'],
    queryFn: () => api<Routine>(`/api/routine${query}`),
    placeholderData: keepPreviousData,
  });
}

/** Marks a stored reminder done from the dashboard. */
export function useCompleteReminder() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api(`/api/reminders/${id}/done`, { method: 'POST' }),
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: ['routine'] });
      void queryClient.invalidateQueries({ queryKey: ['reminders'] });
    },
  });
}
