import { useInfiniteQuery, useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api, type AgencyContactPage, type Contact, type ContactChange } from '../../../api/client';

const PAGE = 50;

/** The agency's people matching `q`, by name, a page at a time; the first page says how many match. */
export function usePeople(q: string) {
  return useInfiniteQuery({
    queryKey: ['people', q],
    initialPageParam: '',
    queryFn: ({ pageParam }) => {
      const query = new URLSearchParams({ limit: String(PAGE) });
      if (q) query.set('q', q);
      if (pageParam) query.set('cursor', pageParam);
      return api<AgencyContactPage>(`/api/contacts?${query}`);
    },
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: (previous) => previous,
  });
}

/** After a contact changed: the people list, the company's contacts and its timeline. */
export function refreshContacts(queryClient: QueryClient, companyId: string) {
  for (const queryKey of [['people'], ['contacts', companyId], ['timeline', companyId]]) void queryClient.invalidateQueries({ queryKey });
}

export function useEditContact() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; companyId: string; body: ContactChange }) =>
      api<{ contact: Contact; activity: unknown }>(`/api/contacts/${id}`, { method: 'PATCH', body }),
    onSuccess: (_, { companyId }) => refreshContacts(queryClient, companyId),
  });
}

export function useRemoveContact() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id }: { id: string; companyId: string }) => api<null>(`/api/contacts/${id}`, { method: 'DELETE' }),
    onSuccess: (_, { companyId }) => refreshContacts(queryClient, companyId),
  });
}

/** A ranked decision maker of the company becomes its contact (409 when they already are one). */
export function useAddDecisionMaker(companyId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (decisionMakerId: string) => api<{ contact: Contact }>(`/api/companies/${companyId}/contacts`, { method: 'POST', body: { decisionMakerId } }),
    onSettled: () => refreshContacts(queryClient, companyId),
  });
}
