import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import {
  api,
  type DossierActivityPage,
  type DossierBulkResult,
  type DossierContactRole,
  type DossierDetail,
  type DossierKind,
  type DossierLists,
  type DossierPage,
  type DossierReport,
  type DossierWizard,
  type NewDossier,
  type Pipelines,
} from '../../../api/client';
import { overviewQuery, type OverviewFilter } from '../utils/overview-query';

const PAGE = 50;

/** The overview's list, a keyset page at a time; the first page's total counts every match. */
export function useDossierList(filter: OverviewFilter) {
  return useInfiniteQuery({
    queryKey: ['dossiers', filter],
    initialPageParam: '',
    queryFn: ({ pageParam }) => {
      const query = overviewQuery(filter);
      query.set('limit', String(PAGE));
      if (pageParam) query.set('cursor', pageParam);
      return api<DossierPage>(`/api/dossiers?${query}`);
    },
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

export function useDossierReport(filter: OverviewFilter, enabled: boolean) {
  return useQuery({ queryKey: ['dossier-report', filter], enabled, queryFn: () => api<DossierReport>(`/api/dossiers/report?${overviewQuery(filter)}`) });
}

/** The agency's default pipeline of the kind: its stages name the tabs and the bulk moves. */
export function useKindPipeline(kind: DossierKind) {
  return useQuery({
    queryKey: ['pipelines'],
    queryFn: () => api<Pipelines>('/api/pipelines'),
    select: (data) => data.items.find((pipeline) => pipeline.kind === (kind === 'lead' ? 'leads' : 'opportunities') && pipeline.isDefault),
  });
}

export function useDossier(id: string) {
  return useQuery({ queryKey: ['dossier', id], queryFn: () => api<DossierDetail>(`/api/dossiers/${id}`) });
}

export function useDossierTimeline(id: string) {
  return useQuery({ queryKey: ['dossier-timeline', id], queryFn: () => api<DossierActivityPage>(`/api/dossiers/${id}/activities?limit=100`) });
}

/** The agency's source, priority and category lists (Settings edits them). */
export function useDossierLists() {
  return useQuery({ queryKey: ['dossier-lists'], queryFn: () => api<DossierLists>('/api/dossier-lists'), staleTime: 60_000 });
}

export function useContactRoles() {
  return useQuery({ queryKey: ['dossier-contact-roles'], queryFn: () => api<DossierContactRole[]>('/api/dossier-contact-roles'), staleTime: 5 * 60_000 });
}

export function useWizard(kind: DossierKind, start: { companyId?: string | undefined; contactId?: string | undefined; vacancyId?: string | undefined }) {
  const query = new URLSearchParams({ kind });
  for (const [key, value] of Object.entries(start)) if (value) query.set(key, value);
  return useQuery({ queryKey: ['dossier-wizard', query.toString()], queryFn: () => api<DossierWizard>(`/api/dossiers/wizard?${query}`) });
}

/** After a dossier changed: the lists, its page, its timeline, and its client's timeline. */
export function refreshDossiers(queryClient: QueryClient, id?: string) {
  void queryClient.invalidateQueries({ queryKey: ['dossiers'] });
  void queryClient.invalidateQueries({ queryKey: ['dossier-report'] });
  void queryClient.invalidateQueries({ queryKey: ['timeline'] });
  if (id) {
    void queryClient.invalidateQueries({ queryKey: ['dossier', id] });
    void queryClient.invalidateQueries({ queryKey: ['dossier-timeline', id] });
  }
}

/** Any write on one dossier (stage, log, contacts, convert), refreshing what it touches. */
export function useDossierAction<T, V>(id: string, run: (body: V) => Promise<T>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: run, onSuccess: () => refreshDossiers(queryClient, id) });
}

export function useCreateDossier() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewDossier) => api<{ id: string; kind: DossierKind; title: string }>('/api/dossiers', { method: 'POST', body }),
    onSuccess: () => refreshDossiers(queryClient),
  });
}

export function useBulkDossiers() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { kind: DossierKind; target: { ids: string[] }; action: Record<string, unknown> }) => api<DossierBulkResult>('/api/dossiers/bulk', { method: 'POST', body }),
    onSettled: () => refreshDossiers(queryClient),
  });
}
