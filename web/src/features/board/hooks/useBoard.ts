import { useInfiniteQuery, useMutation, useQuery, useQueryClient, type InfiniteData } from '@tanstack/react-query';
import { api, type BoardColumnPage, type BoardData, type Pipeline } from '../../../api/client';
import { moveCard, movedCard, withCardOnTop, withoutCard } from '../utils/board-moves';
import { withFavorite } from '../utils/favorite';
import type { GateValues } from '../../../shared/gates/gates';

export interface BoardFilters {
  pipelineId?: string | undefined;
  ownerId?: string | undefined;
  /** Searched on the server, over the whole pipeline. */
  q?: string | undefined;
}

/** Cards per column page, on the board and in each column's next pages. */
export const PAGE_SIZE = 20;

export const boardKey = (filters: BoardFilters) => ['board', filters.pipelineId ?? 'default', filters.ownerId ?? 'all', filters.q ?? ''] as const;
/** Under the board's key, so whatever refreshes the board refreshes its columns' pages too. */
export const columnKey = (filters: BoardFilters, stage: string) => [...boardKey(filters), 'column', stage] as const;

function filterQuery(filters: BoardFilters): URLSearchParams {
  const query = new URLSearchParams();
  if (filters.pipelineId) query.set('pipelineId', filters.pipelineId);
  if (filters.ownerId) query.set('ownerId', filters.ownerId);
  if (filters.q) query.set('q', filters.q);
  return query;
}

export function useBoard(filters: BoardFilters) {
  return useQuery({
    queryKey: boardKey(filters),
    queryFn: async () => {
      const query = filterQuery(filters);
      query.set('limitPerColumn', String(PAGE_SIZE));
      return api<BoardData>(`/api/board?${query}`);
    },
    // A new search or pipeline keeps the last board on screen until its answer comes.
    placeholderData: (previous) => previous,
  });
}

export type ColumnPages = InfiniteData<BoardColumnPage, string | null>;

/**
 * The pages of one column past the board's first, once the user asks for
 * more: the first page seeded from the board, each next one from the
 * column's cursor. A refresh reloads the pages in order, each from the
 * cursor its predecessor now ends on, so nothing is skipped or doubled.
 */
export function useColumnPages(filters: BoardFilters, stage: string, expanded: boolean) {
  return useInfiniteQuery({
    queryKey: columnKey(filters, stage),
    queryFn: async ({ pageParam }) => {
      const query = filterQuery(filters);
      query.set('limit', String(PAGE_SIZE));
      if (pageParam) query.set('cursor', pageParam);
      return api<BoardColumnPage>(`/api/board/columns/${encodeURIComponent(stage)}?${query}`);
    },
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    enabled: expanded,
    staleTime: 2_000,
  });
}

/** The agency's pipelines, whole (the switcher lists the clients ones). */
export function usePipelineList() {
  return useQuery({
    queryKey: ['pipelines', 'list'],
    queryFn: async () => (await api<{ items: Pipeline[] }>('/api/pipelines')).items,
    staleTime: 60_000,
  });
}

export interface Move extends GateValues {
  companyId: string;
  from: string;
  to: string;
}

/**
 * Moves a card: shows it in its new column at once, asks the server (the
 * same status change the company page uses, with the gate answers), and
 * puts it back if refused.
 */
export function useMoveCompany(filters: BoardFilters) {
  const queryClient = useQueryClient();
  const key = boardKey(filters);
  return useMutation({
    mutationFn: ({ companyId, to, from: _from, ...gates }: Move) => api(`/api/companies/${companyId}/status`, { method: 'POST', body: { status: to, ...gates } }),
    onMutate: async (move) => {
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData<BoardData>(key);
      const source = queryClient.getQueryData<ColumnPages>(columnKey(filters, move.from));
      const target = queryClient.getQueryData<ColumnPages>(columnKey(filters, move.to));
      const card = previous?.columns.flatMap((c) => c.cards).find((c) => c.id === move.companyId) ?? source?.pages.flatMap((p) => p.items).find((c) => c.id === move.companyId);
      const now = new Date();
      if (previous) queryClient.setQueryData<BoardData>(key, { ...previous, columns: moveCard(previous.columns, move.companyId, move.to, now) });
      if (source) queryClient.setQueryData<ColumnPages>(columnKey(filters, move.from), withoutCard(source, move.companyId));
      if (target && card) queryClient.setQueryData<ColumnPages>(columnKey(filters, move.to), withCardOnTop(target, movedCard(card, move.to, now)));
      return { previous, source, target };
    },
    onError: (_error, move, context) => {
      if (context?.previous) queryClient.setQueryData(key, context.previous);
      if (context?.source) queryClient.setQueryData(columnKey(filters, move.from), context.source);
      if (context?.target) queryClient.setQueryData(columnKey(filters, move.to), context.target);
    },
    onSettled: (_data, _error, move) => {
      void queryClient.invalidateQueries({ queryKey: ['board'] });
      void queryClient.invalidateQueries({ queryKey: ['company', move.companyId] });
      void queryClient.invalidateQueries({ queryKey: ['timeline', move.companyId] });
    },
  });
}

export interface FavoriteToggle {
  companyId: string;
  favorited: boolean;
}

/**
 * The star on a card: set at once in every cached board and column page,
 * then PATCHed (the company page's own favourite); put back if refused.
 */
export function useToggleFavorite() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ companyId, favorited }: FavoriteToggle) => api(`/api/companies/${companyId}`, { method: 'PATCH', body: { favorited } }),
    onMutate: async ({ companyId, favorited }) => {
      await queryClient.cancelQueries({ queryKey: ['board'] });
      const previous = queryClient.getQueriesData({ queryKey: ['board'] });
      queryClient.setQueriesData({ queryKey: ['board'] }, (data: unknown) => withFavorite(data, companyId, favorited));
      return { previous };
    },
    onError: (_error, _toggle, context) => {
      for (const [key, data] of context?.previous ?? []) queryClient.setQueryData(key, data);
    },
    onSettled: (_data, _error, { companyId }) => {
      void queryClient.invalidateQueries({ queryKey: ['board'] });
      void queryClient.invalidateQueries({ queryKey: ['company', companyId] });
    },
  });
}
