import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type PipelineAnalytics, type Pipelines, type ResponseBody, type Routine, type TeamActivity } from '../../../api/client';
import type { ApiPeriod } from '../utils/dashboard-filters';

export type Forecast = ResponseBody<'/api/analytics/forecast'>;

/** The agency's live pipelines, default first (the settings invalidate ['pipelines'] when one changes). */
export function usePipelines() {
  return useQuery({
    queryKey: ['pipelines', 'dashboard'],
    queryFn: async () => (await api<Pipelines>('/api/pipelines')).items,
    staleTime: 5 * 60_000,
  });
}

/**
 * The pipeline figures of a period, for everyone or one owner, of one
 * pipeline (undefined until the pipelines have loaded); the previous
 * figures stay while the next load.
 */
export function usePipelineAnalytics(period: ApiPeriod | null, ownerId: string | undefined, pipelineId: string | undefined) {
  const query = new URLSearchParams();
  if (pipelineId) query.set('pipelineId', pipelineId);
  if (period) {
    query.set('from', period.from);
    if (period.to) query.set('to', period.to);
  }
  if (ownerId) query.set('ownerId', ownerId);
  return useQuery({
    queryKey: ['analytics', 'pipeline', query.toString()],
    queryFn: () => api<PipelineAnalytics>(`/api/analytics/pipeline?${query}`),
    enabled: period !== null && pipelineId !== undefined,
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

/** The value forecast of one pipeline over the next `months` months, for everyone or one owner. */
export function useForecast(pipelineId: string | undefined, ownerId: string | undefined, months = 6) {
  const query = new URLSearchParams({ months: String(months) });
  if (pipelineId) query.set('pipelineId', pipelineId);
  if (ownerId) query.set('ownerId', ownerId);
  return useQuery({
    queryKey: ['analytics', 'forecast', query.toString()],
    queryFn: () => api<Forecast>(`/api/analytics/forecast?${query}`),
    enabled: pipelineId !== undefined,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}

/** Today's work in one pipeline: follow-ups, meetings, companies to contact, due reminders and stale companies. */
export function useRoutine(ownerId: string | undefined, pipelineId: string | undefined) {
  const query = new URLSearchParams();
  if (pipelineId) query.set('pipelineId', pipelineId);
  if (ownerId) query.set('ownerId', ownerId);
  return useQuery({
    queryKey: ['routine', pipelineId ?? '', ownerId ?? 'all'],
    queryFn: () => api<Routine>(`/api/routine?${query}`),
    enabled: pipelineId !== undefined,
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
