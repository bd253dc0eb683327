import { describe, expect, it } from 'vitest';
import type { BoardColumnData, CompanySummary } from '../../../api/client';
import { canDrop, daysSince, matchesSearch, moveCard } from './board-moves';

const card = (id: string, status: string, name = id): CompanySummary => ({
  id, globalCompanyId: id, name, industry: null, employeeCount: null, location: null, status,
  statusChangedAt: '2026-01-01T00:00:00.000Z', favorited: false, ownerId: null, ownerName: null, stale: false, idleDays: 0, staleAfterDays: null,
});
const column = (key: string, allowed: string[], cards: CompanySummary[]): BoardColumnData => ({
  key, label: { nl: key, en: key }, color: 'grey', icon: 'users', allowedTransitions: allowed, total: cards.length + 10, cards,
});
const board = [
  column('prospect', ['contacted', 'meeting', 'won', 'lost'], [card('a', 'prospect'), card('b', 'prospect')]),
  column('meeting', ['contacted', 'won', 'lost'], [card('c', 'meeting')]),
  column('lost', ['prospect'], []),
];

describe('board moves', () => {
  it('allows only the transitions of the source column, never the same column', () => {
    expect(canDrop(board, 'prospect', 'meeting')).toBe(true);
    expect(canDrop(board, 'meeting', 'prospect')).toBe(false);
    expect(canDrop(board, 'meeting', 'meeting')).toBe(false);
    expect(canDrop(board, 'unknown', 'lost')).toBe(false);
  });

  it('moves a card to the top of its new column and adjusts both totals', () => {
    const now = new Date('2026-02-01T10:00:00.000Z');
    const after = moveCard(board, 'b', 'meeting', now);
    expect(after[0]!.cards.map((c) => c.id)).toEqual(['a']);
    expect(after[0]!.total).toBe(board[0]!.total - 1);
    expect(after[1]!.cards.map((c) => c.id)).toEqual(['b', 'c']);
    expect(after[1]!.total).toBe(board[1]!.total + 1);
    expect(after[1]!.cards[0]).toMatchObject({ status: 'meeting', statusChangedAt: now.toISOString() });
    expect(board[0]!.cards).toHaveLength(2); // the original is untouched, so a rollback can restore it
  });

  it('counts whole days and searches names without minding case or accents', () => {
    expect(daysSince('2026-01-01T00:00:00.000Z', new Date('2026-01-03T23:00:00.000Z'))).toBe(2);
    expect(matchesSearch(card('x', 'prospect', 'Café De Ruyter B.V.'), 'cafe de')).toBe(true);
    expect(matchesSearch(card('x', 'prospect', 'Acme'), 'zorg')).toBe(false);
  });
});
