import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { api, type SearchResults } from '../../../api/client';
import { queryOf } from '../utils/search-options';

/** How long typing must pause before the palette asks the server. */
const DEBOUNCE_MS = 150;

/**
 * Global search for what is typed, once typing pauses: the grouped results
 * (the previous ones stay while the next load, so the list does not jump),
 * and whether the text is long enough to search.
 */
export function useGlobalSearch(text: string) {
  const [q, setQ] = useState<string | null>(() => queryOf(text));
  useEffect(() => {
    const next = queryOf(text);
    if (next === null) {
      setQ(null);
      return;
    }
    const timer = setTimeout(() => setQ(next), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text]);
  const query = useQuery({
    queryKey: ['search', q],
    queryFn: () => api<SearchResults>(`/api/search?${new URLSearchParams({ q: q! })}`),
    enabled: q !== null,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
  return { q, results: q === null ? undefined : query.data, isFetching: query.isFetching, error: query.error };
}
