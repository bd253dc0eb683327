import { wholeDaysBetween } from '../../../../../src/platform/time/days.js';
import type { BoardColumnData, CompanySummary } from '../../../api/client';

/** Whether a card in `from` may be dropped on `to` (the transition map, as the API sent it). */
export function canDrop(columns: readonly BoardColumnData[], from: string, to: string): boolean {
  return from !== to && (columns.find((c) => c.key === from)?.allowedTransitions.includes(to) ?? false);
}

/** The board after moving one card to the top of another column, totals adjusted. */
export function moveCard(columns: readonly BoardColumnData[], cardId: string, to: string, now: Date): BoardColumnData[] {
  const card = columns.flatMap((c) => c.cards).find((c) => c.id === cardId);
  if (!card) return [...columns];
  // A move is activity: the card is not stale, and idle since now, until the server says otherwise.
  const moved: CompanySummary = { ...card, status: to, statusChangedAt: now.toISOString(), stale: false, idleDays: 0 };
  return columns.map((column) => {
    if (column.key === card.status) {
      return { ...column, total: column.total - 1, cards: column.cards.filter((c) => c.id !== cardId) };
    }
    if (column.key === to) return { ...column, total: column.total + 1, cards: [moved, ...column.cards] };
    return column;
  });
}

/** Whole days since a moment. */
export function daysSince(iso: string, now: Date): number {
  return Math.max(0, wholeDaysBetween(new Date(iso), now));
}

/** Cards whose company name contains the search text (case- and accent-insensitive). */
export function matchesSearch(card: CompanySummary, search: string): boolean {
  const fold = (s: string) => s.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
  return fold(card.name).includes(fold(search.trim()));
}
