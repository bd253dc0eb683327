import { describe, expect, it } from 'vitest';
import type { BoardColumnData } from '../../../api/client';
import { card as boardCard, column as boardColumn } from './test-fixtures';
import { translate } from '../../../i18n/i18n';
import { boardAnnouncements, boardInstructions } from './announcements';

const ID = '3f0c2a9e-1111-4222-8333-444455556666';
const card = boardCard(ID, 'prospect', { name: 'Bakkerij de Korenaar' });
const column = (key: string, nl: string, en: string, allowed: string[]): BoardColumnData => ({ ...boardColumn(key, allowed, []), label: { nl, en }, total: 0 });
const columns = [column('prospect', 'Prospect', 'Prospect', ['contacted']), column('contacted', 'Gecontacteerd', 'Contacted', ['won']), column('won', 'Gewonnen', 'Won', [])];
const active = { id: ID, data: { current: { card } }, rect: { current: { initial: null, translated: null } } };
const over = (id: string) => ({ id, rect: { width: 0, height: 0, top: 0, left: 0, right: 0, bottom: 0 }, disabled: false, data: { current: undefined } });

describe('board announcements', () => {
  for (const locale of ['nl', 'en'] as const) {
    const a = boardAnnouncements((key, vars) => translate(locale, key, vars), columns, locale);
    const start = a.onDragStart({ active });
    // Over its own column right after the pick-up: silent, so "picked up" is what is heard.
    const firstOver = a.onDragOver({ active, over: over('prospect') });
    const said = [
      start,
      a.onDragOver({ active, over: over('contacted') }),
      a.onDragOver({ active, over: over('prospect') }),
      a.onDragOver({ active, over: over('won') }),
      a.onDragOver({ active, over: null }),
      a.onDragEnd({ active, over: over('contacted') }),
      a.onDragEnd({ active, over: over('won') }),
      a.onDragEnd({ active, over: over('prospect') }),
      a.onDragCancel({ active, over: null }),
    ];

    it(`names the company and the stages in ${locale}, never an id or a stage key`, () => {
      for (const text of said) {
        expect(text).toContain('Bakkerij de Korenaar');
        expect(text).not.toContain(ID);
        expect(text).not.toMatch(/\b(prospect|contacted|won)\b/);
        expect(text).not.toMatch(/\{\w+\}/);
      }
      expect(firstOver).toBeUndefined();
      expect(said[1]).toContain(locale === 'nl' ? 'Gecontacteerd' : 'Contacted');
      // Back over its own column later: said.
      expect(said[2]).toBe(translate(locale, 'board.dnd.overOwn', { name: card.name, from: 'Prospect' }));
      // A refused target says so, on hover and on drop.
      expect(said[3]).not.toBe(translate(locale, 'board.dnd.over', { name: card.name, to: locale === 'nl' ? 'Gewonnen' : 'Won' }));
      expect(said[6]).toContain(locale === 'nl' ? 'niet verplaatst' : 'not moved');
    });
  }

  it('gives the keyboard instructions in both languages', () => {
    expect(boardInstructions((key) => translate('nl', key)).draggable).toContain('spatiebalk');
    expect(boardInstructions((key) => translate('en', key)).draggable).toContain('space bar');
  });
});
