import { describe, expect, it } from 'vitest';
import { canDrop, daysSince, moveCard, withCardOnTop, withoutCard } from './board-moves';
import { card, column } from './test-fixtures';

const board = [
  column('prospect', ['contacted', 'meeting', 'won', 'lost'], [card('a', 'prospect'), card('b', 'prospect', { expectedValue: 1200 })], { valueSum: 5000 }),
  column('meeting', ['contacted', 'won', 'lost'], [card('c', 'meeting')], { valueSum: 800 }),
  column('lost', ['prospect'], []),
];

describe('board moves', () => {
  it('allows only the transitions of the source column, never the same column', () => {
    expect(canDrop(board, 'prospect', 'meeting')).toBe(true);
    expect(canDrop(board, 'meeting', 'prospect')).toBe(false);
    expect(canDrop(board, 'meeting', 'meeting')).toBe(false);
    expect(canDrop(board, 'unknown', 'lost')).toBe(false);
  });

  it('moves a card to the top of its new column and adjusts both totals and value sums', () => {
    const now = new Date('2026-02-01T10:00:00.000Z');
    const after = moveCard(board, 'b', 'meeting', now);
    expect(after[0]!.cards.map((c) => c.id)).toEqual(['a']);
    expect([after[0]!.total, after[0]!.valueSum]).toEqual([board[0]!.total - 1, 3800]);
    expect(after[1]!.cards.map((c) => c.id)).toEqual(['b', 'c']);
    expect([after[1]!.total, after[1]!.valueSum]).toEqual([board[1]!.total + 1, 2000]);
    expect(after[1]!.cards[0]).toMatchObject({ status: 'meeting', statusChangedAt: now.toISOString(), stale: false, idleDays: 0 });
    expect(board[0]!.cards).toHaveLength(2); // the original is untouched, so a rollback can restore it
  });

  it("takes a card out of a column's loaded pages and puts one on top of them", () => {
    const pages = { pages: [{ items: [card('a', 'x'), card('b', 'x')], nextCursor: 'c1' }, { items: [card('c', 'x')], nextCursor: null }], pageParams: [null, 'c1'] };
    expect(withoutCard(pages, 'c').pages.map((p) => p.items.map((c) => c.id))).toEqual([['a', 'b'], []]);
    expect(withCardOnTop(pages, card('b', 'x')).pages.map((p) => p.items.map((c) => c.id))).toEqual([['b', 'a'], ['c']]);
    expect(withCardOnTop({ pages: [], pageParams: [] }, card('z', 'x')).pages).toEqual([]);
  });

  it('counts whole days', () => {
    expect(daysSince('2026-01-01T00:00:00.000Z', new Date('2026-01-03T23:00:00.000Z'))).toBe(2);
    expect(daysSince('2026-01-05T00:00:00.000Z', new Date('2026-01-03T23:00:00.000Z'))).toBe(0);
  });
});
