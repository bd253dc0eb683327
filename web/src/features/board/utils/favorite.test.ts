import { describe, expect, it } from 'vitest';
import { cardKeyAction, withFavorite } from './favorite';
import { card, column } from './test-fixtures';

const board = { pipeline: { id: 'p' }, columns: [column('prospect', [], [card('a', 'prospect'), card('b', 'prospect')]), column('lost', [], [card('c', 'lost')])] };

describe('favourite star on the board', () => {
  it('sets the star on one card of the board and leaves the original untouched (a rollback restores it)', () => {
    const after = withFavorite(board, 'b', true);
    expect(after.columns.flatMap((c) => c.cards).map((c) => [c.id, c.favorited])).toEqual([['a', false], ['b', true], ['c', false]]);
    expect(board.columns[0]!.cards[1]!.favorited).toBe(false);
    // A column without the card is the same object: nothing there re-renders.
    expect(after.columns[1]!.cards).toBe(board.columns[1]!.cards);
  });

  it("sets it in a column's loaded pages too, and back off", () => {
    const pages = { pages: [{ items: [card('a', 'prospect', { favorited: true })], nextCursor: 'x' }, { items: [card('d', 'prospect')], nextCursor: null }], pageParams: [null, 'x'] };
    expect(withFavorite(pages, 'a', false).pages[0]!.items[0]!.favorited).toBe(false);
    expect(withFavorite(pages, 'd', true).pages[1]!.items[0]!.favorited).toBe(true);
    expect(withFavorite(pages, 'd', true).pageParams).toEqual([null, 'x']);
  });

  it('leaves anything else as it is', () => {
    expect(withFavorite(undefined, 'a', true)).toBeUndefined();
    const other = { items: [] };
    expect(withFavorite(other, 'a', true)).toBe(other);
  });

  it('maps keys on a focused card: Enter opens, F (either case) stars, modifiers and Space are left alone', () => {
    const key = (k: string, extra: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean; repeat: boolean }> = {}) =>
      cardKeyAction({ key: k, ctrlKey: false, metaKey: false, altKey: false, repeat: false, ...extra });
    expect(key('Enter')).toBe('open');
    expect(key('f')).toBe('favorite');
    expect(key('F')).toBe('favorite');
    expect(key('f', { repeat: true })).toBeNull();
    expect(key('f', { ctrlKey: true })).toBeNull();
    expect(key('f', { metaKey: true })).toBeNull();
    expect(key(' ')).toBeNull();
    expect(key('ArrowRight')).toBeNull();
  });
});
