import { useInfiniteQuery, useMutation, useQueryClient, type InfiniteData } from '@tanstack/react-query';
import { api, ApiError, type NotificationPage } from '../../../api/client';

const PAGE_SIZE = 15;
export const NOTIFICATIONS_KEY = ['notifications'] as const;

/** The user's notifications, newest first, a page at a time; the first page carries the unread count. */
export function useNotifications() {
  return useInfiniteQuery({
    queryKey: NOTIFICATIONS_KEY,
    initialPageParam: '',
    queryFn: ({ pageParam }) => {
      const query = new URLSearchParams({ limit: String(PAGE_SIZE) });
      if (pageParam) query.set('cursor', pageParam);
      return api<NotificationPage>(`/api/notifications?${query}`);
    },
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    // A server without notifications answers 404: no point asking again and again.
    retry: (count, error) => !(error instanceof ApiError && error.status === 404) && count < 2,
    refetchInterval: 5 * 60_000,
  });
}

type Pages = InfiniteData<NotificationPage>;

/** Marks read in the cache at once: one notification, or all of them. */
function markInCache(data: Pages | undefined, id: string | null): Pages | undefined {
  if (!data) return data;
  const now = new Date().toISOString();
  let newlyRead = 0;
  const pages = data.pages.map((page) => ({
    ...page,
    items: page.items.map((item) => {
      if (item.readAt || (id !== null && item.id !== id)) return item;
      newlyRead++;
      return { ...item, readAt: now };
    }),
  }));
  const unreadCount = id === null ? 0 : Math.max(0, (data.pages[0]?.unreadCount ?? 0) - newlyRead);
  return { ...data, pages: pages.map((page) => ({ ...page, unreadCount })) };
}

/** Marks one notification read (`id`) or all of them (`null`), showing it before the server answers. */
export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string | null) => api(id === null ? '/api/notifications/read-all' : `/api/notifications/${id}/read`, { method: 'POST' }),
    onMutate: async (id) => {
      await queryClient.cancelQueries({ queryKey: NOTIFICATIONS_KEY });
      const before = queryClient.getQueryData<Pages>(NOTIFICATIONS_KEY);
      queryClient.setQueryData<Pages>(NOTIFICATIONS_KEY, (data) => markInCache(data, id));
      return { before };
    },
    onError: (_error, _id, context) => queryClient.setQueryData(NOTIFICATIONS_KEY, context?.before),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: NOTIFICATIONS_KEY }),
  });
}
