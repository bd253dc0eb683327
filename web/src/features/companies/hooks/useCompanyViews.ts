import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type CompanyView } from '../../../api/client';

type Settings = CompanyView['settings'];

/** The saved views the user sees: their own and the agency's shared ones. */
export function useCompanyViews() {
  return useQuery({
    queryKey: ['companies', 'views'],
    queryFn: async () => (await api<{ items: CompanyView[] }>('/api/company-views')).items,
    staleTime: 60_000,
  });
}

export function useSaveView() {
  const queryClient = useQueryClient();
  const done = () => void queryClient.invalidateQueries({ queryKey: ['companies', 'views'] });
  return {
    create: useMutation({
      mutationFn: (body: { name: string; shared: boolean; settings: Settings }) => api<CompanyView>('/api/company-views', { method: 'POST', body }),
      onSuccess: done,
    }),
    update: useMutation({
      mutationFn: ({ id, ...body }: { id: string; name?: string; shared?: boolean; settings?: Settings }) =>
        api<CompanyView>(`/api/company-views/${id}`, { method: 'PATCH', body }),
      onSuccess: done,
    }),
    remove: useMutation({
      mutationFn: (id: string) => api<void>(`/api/company-views/${id}`, { method: 'DELETE' }),
      onSuccess: done,
    }),
  };
}
