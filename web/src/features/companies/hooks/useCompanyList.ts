import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type BulkRequest, type BulkResult, type CompanyList, type Pipelines } from '../../../api/client';
import { listQuery, type ListState } from '../utils/list-query';

const PAGE_SIZE = 50;

/** The companies page's list: keyset pages of 50, the next one loaded on demand; the total on every page. */
export function useCompanyList(state: ListState) {
  const query = listQuery(state);
  return useInfiniteQuery({
    queryKey: ['companies', 'list', query],
    initialPageParam: '',
    queryFn: ({ pageParam }) => api<CompanyList>(`/api/companies?${listQuery(state, { limit: String(PAGE_SIZE), cursor: pageParam || undefined })}`),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: (previous) => previous,
  });
}

/** Runs a bulk action; the list, the board and the dashboard read afresh afterwards. */
export function useBulkAction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: BulkRequest) => api<BulkResult>('/api/companies/bulk', { method: 'POST', body: request }),
    onSettled: () => {
      for (const key of ['companies', 'board', 'routine', 'analytics']) void queryClient.invalidateQueries({ queryKey: [key] });
    },
  });
}

/** The agency's pipelines (stages, names, fields), for the filters, the stage column and the bulk move. */
export function usePipelines() {
  return useQuery({ queryKey: ['pipelines', 'all'], queryFn: async () => (await api<Pipelines>('/api/pipelines')).items, staleTime: 60_000 });
}
