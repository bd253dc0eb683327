import { wholeDaysBetween } from '../../../../../src/platform/time/days.js';
import type { BoardCard, BoardColumnData, BoardColumnPage } from '../../../api/client';

/** Whether a card in `from` may be dropped on `to` (the transition map, as the API sent it). */
export function canDrop(columns: readonly BoardColumnData[], from: string, to: string): boolean {
  return from !== to && (columns.find((c) => c.key === from)?.allowedTransitions.includes(to) ?? false);
}

/** The card as it looks the moment it moves: in its new stage, and (a move being activity) not stale, until the server says otherwise. */
export function movedCard(card: BoardCard, to: string, now: Date): BoardCard {
  return { ...card, status: to, statusChangedAt: now.toISOString(), stale: false, idleDays: 0 };
}

/** The board after moving one card to the top of another column, totals and value sums adjusted. */
export function moveCard(columns: readonly BoardColumnData[], cardId: string, to: string, now: Date): BoardColumnData[] {
  const card = columns.flatMap((c) => c.cards).find((c) => c.id === cardId);
  if (!card) return [...columns];
  const value = card.expectedValue ?? 0;
  return columns.map((column) => {
    if (column.key === card.status) {
      return { ...column, total: column.total - 1, valueSum: column.valueSum - value, cards: column.cards.filter((c) => c.id !== cardId) };
    }
    if (column.key === to) return { ...column, total: column.total + 1, valueSum: column.valueSum + value, cards: [movedCard(card, to, now), ...column.cards] };
    return column;
  });
}

/** A column's loaded pages without one card (it left the column). */
export function withoutCard<P extends { pages: BoardColumnPage[] }>(data: P, cardId: string): P {
  return { ...data, pages: data.pages.map((page) => ({ ...page, items: page.items.filter((c) => c.id !== cardId) })) };
}

/** A column's loaded pages with a card that just entered it, on top. */
export function withCardOnTop<P extends { pages: BoardColumnPage[] }>(data: P, card: BoardCard): P {
  const [first, ...rest] = data.pages;
  if (!first) return data;
  return { ...data, pages: [{ ...first, items: [card, ...first.items.filter((c) => c.id !== card.id)] }, ...rest] };
}

/** Whole days since a moment. */
export function daysSince(iso: string, now: Date): number {
  return Math.max(0, wholeDaysBetween(new Date(iso), now));
}
