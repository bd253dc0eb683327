import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type BoardColumnData } from '../../../api/client';
import { moveCard } from '../utils/board-moves';

export interface BoardFilters {
  ownerId?: string | undefined;
  limitPerColumn: number;
}

export const boardKey = (filters: BoardFilters) => ['board', filters.ownerId ?? 'all', filters.limitPerColumn] as const;

export function useBoard(filters: BoardFilters) {
  return useQuery({
    queryKey: boardKey(filters),
    queryFn: async () => {
      const query = new URLSearchParams({ limitPerColumn: String(filters.limitPerColumn) });
      if (filters.ownerId) query.set('ownerId', filters.ownerId);
      return (await api<{ columns: BoardColumnData[] }>(`/api/board?${query}`)).columns;
    },
  });
}

export interface Move {
  companyId: string;
  to: string;
  /** A standard loss reason key, or free text. */
  lossReason?: string | undefined;
  description?: string | undefined;
}

/**
 * Moves a card: shows it in its new column at once, asks the server (the
 * same status change the company page uses), and puts it back if refused.
 */
export function useMoveCompany(filters: BoardFilters) {
  const queryClient = useQueryClient();
  const key = boardKey(filters);
  return useMutation({
    mutationFn: (move: Move) =>
      api(`/api/companies/${move.companyId}/status`, {
        method: 'POST',
        body: { status: move.to, lossReason: move.lossReason, description: move.description },
      }),
    onMutate: async (move) => {
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData<BoardColumnData[]>(key);
      if (previous) queryClient.setQueryData(key, moveCard(previous, move.companyId, move.to, new Date()));
      return { previous };
    },
    onError: (_error, _move, context) => {
      if (context?.previous) queryClient.setQueryData(key, context.previous);
    },
    onSettled: (_data, _error, move) => {
      void queryClient.invalidateQueries({ queryKey: ['board'] });
      void queryClient.invalidateQueries({ queryKey: ['company', move.companyId] });
      void queryClient.invalidateQueries({ queryKey: ['timeline', move.companyId] });
    },
  });
}
