import type { BoardCard, BoardColumnPage, BoardData } from '../../../api/client';

/** What is cached under the board's key: the board itself, or one column's loaded pages. */
type BoardCache = BoardData | { pages: BoardColumnPage[] };

const marked = (cards: BoardCard[], cardId: string, favorited: boolean) => (cards.some((c) => c.id === cardId) ? cards.map((c) => (c.id === cardId ? { ...c, favorited } : c)) : cards);

/**
 * A cached board or column page with one card's star set: the board shows
 * the star at once, before the server answers. Anything that is neither
 * shape (or holds no such card) comes back as it was.
 */
export function withFavorite<T>(data: T, cardId: string, favorited: boolean): T {
  if (!data || typeof data !== 'object') return data;
  const cache = data as unknown as BoardCache;
  if ('columns' in cache && Array.isArray(cache.columns)) return { ...cache, columns: cache.columns.map((column) => ({ ...column, cards: marked(column.cards, cardId, favorited) })) } as T;
  if ('pages' in cache && Array.isArray(cache.pages)) return { ...cache, pages: cache.pages.map((page) => ({ ...page, items: marked(page.items, cardId, favorited) })) } as T;
  return data;
}

/** The board's keyboard shortcuts on a focused card (aria-keyshortcuts says them too). */
export const CARD_KEYS = { open: 'Enter', favorite: 'f' } as const;

/** What a key pressed on a focused card does; null leaves it to the drag sensor (Space picks up). */
export function cardKeyAction(event: { key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean; repeat: boolean }): 'open' | 'favorite' | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  if (event.key === CARD_KEYS.open) return 'open';
  if (event.key.toLowerCase() === CARD_KEYS.favorite && !event.repeat) return 'favorite';
  return null;
}
