import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api, type CompanyHiring, type DecisionMaker, type JobPage } from '../../../api/client';

export type JobStatus = 'open' | 'closed' | 'all';

/** Postings per month (24), the skills asked for and the job counts of a shared company. */
export function useCompanyHiring(globalCompanyId: string) {
  return useQuery({
    queryKey: ['hiring', globalCompanyId],
    queryFn: () => api<CompanyHiring>(`/api/global-companies/${globalCompanyId}/hiring`),
    staleTime: 5 * 60_000,
  });
}

/** A shared company's jobs, newest first, a page at a time. */
export function useCompanyJobs(globalCompanyId: string, status: JobStatus) {
  return useInfiniteQuery({
    queryKey: ['jobs', globalCompanyId, status],
    initialPageParam: '',
    queryFn: ({ pageParam }) => {
      const query = new URLSearchParams({ status, limit: '10' });
      if (pageParam) query.set('cursor', pageParam);
      return api<JobPage>(`/api/global-companies/${globalCompanyId}/jobs?${query}`);
    },
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    staleTime: 5 * 60_000,
  });
}

/** The people to approach, the most relevant first. */
export function useDecisionMakers(globalCompanyId: string) {
  return useQuery({
    queryKey: ['decision-makers', globalCompanyId],
    queryFn: async () => (await api<{ items: DecisionMaker[] }>(`/api/global-companies/${globalCompanyId}/decision-makers`)).items,
    staleTime: 5 * 60_000,
  });
}
