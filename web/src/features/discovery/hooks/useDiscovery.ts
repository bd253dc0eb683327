import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api, type GlobalCompanyResult, type IndustryCount, type Place, type SearchPage } from '../../../api/client';
import { toApiQuery, type DiscoveryFilters } from '../utils/discovery-filters';

const PAGE_SIZE = 50;

/** The search results, a page at a time; the previous results stay while the next search loads. */
export function useDiscoverySearch(filters: DiscoveryFilters) {
  const query = toApiQuery(filters, PAGE_SIZE).toString();
  return useInfiniteQuery({
    queryKey: ['discovery', query],
    initialPageParam: '',
    queryFn: ({ pageParam }) => api<SearchPage>(`/api/global-companies?${query}${pageParam ? `&cursor=${encodeURIComponent(pageParam)}` : ''}`),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

/** Industries with how many companies each, the most first. */
export function useIndustries() {
  return useQuery({
    queryKey: ['industries'],
    queryFn: async () => (await api<{ items: IndustryCount[] }>('/api/industries')).items,
    staleTime: 10 * 60_000,
  });
}

/** Places whose name starts with `q` (the largest when empty). */
export function usePlaces(q: string, enabled = true) {
  return useQuery({
    queryKey: ['places', q],
    queryFn: async () => (await api<{ items: Place[] }>(`/api/places?${new URLSearchParams({ q, limit: '8' })}`)).items,
    staleTime: Infinity,
    enabled,
    placeholderData: keepPreviousData,
  });
}

/**
 * One shared company; every fetch records a view, so the previous view it
 * returns is shown and the fetch is not repeated on window focus.
 */
export function useGlobalCompany(globalCompanyId: string) {
  return useQuery({
    queryKey: ['global-company', globalCompanyId],
    queryFn: () => api<GlobalCompanyResult>(`/api/global-companies/${globalCompanyId}`),
    refetchOnWindowFocus: false,
  });
}
