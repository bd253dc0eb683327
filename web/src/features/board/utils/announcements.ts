import type { Announcements, ScreenReaderInstructions } from '@dnd-kit/core';
import type { BoardCard, BoardColumnData, Localized } from '../../../api/client';
import type { MessageKey } from '../../../i18n/messages';
import { canDrop } from './board-moves';

type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

/** What a screen reader hears while a card is dragged: the company's name and the stages' labels, never ids. */
export function boardAnnouncements(t: Translate, columns: readonly BoardColumnData[], locale: keyof Localized): Announcements {
  const stage = (key: unknown) => columns.find((c) => c.key === key)?.label[locale] ?? String(key);
  const cardOf = (active: { data: { current?: unknown } }) => (active.data.current as { card?: BoardCard } | undefined)?.card;
  const say = (key: MessageKey, card: BoardCard | undefined, vars: Record<string, string> = {}) =>
    card ? t(key, { name: card.name, from: stage(card.status), ...vars }) : undefined;
  // Picking a card up puts it over its own column at once; saying so would drown out "picked up".
  let pickedUp = false;
  return {
    onDragStart: ({ active }) => {
      pickedUp = true;
      return say('board.dnd.start', cardOf(active));
    },
    onDragOver: ({ active, over }) => {
      const card = cardOf(active);
      const first = pickedUp;
      pickedUp = false;
      if (!card) return undefined;
      if (!over) return say('board.dnd.outside', card);
      if (over.id === card.status) return first ? undefined : say('board.dnd.overOwn', card);
      return say(canDrop(columns, card.status, String(over.id)) ? 'board.dnd.over' : 'board.dnd.overRefused', card, { to: stage(over.id) });
    },
    onDragEnd: ({ active, over }) => {
      const card = cardOf(active);
      if (!card) return undefined;
      if (!over || over.id === card.status) return say('board.dnd.endSame', card);
      return say(canDrop(columns, card.status, String(over.id)) ? 'board.dnd.end' : 'board.dnd.endRefused', card, { to: stage(over.id) });
    },
    onDragCancel: ({ active }) => say('board.dnd.cancel', cardOf(active)),
  };
}

/** How to move a card with the keyboard, read when a card gets focus. */
export function boardInstructions(t: Translate): ScreenReaderInstructions {
  return { draggable: t('board.dnd.instructions') };
}
