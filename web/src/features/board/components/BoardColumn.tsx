import { useDroppable } from '@dnd-kit/core';
import type { BoardColumnData } from '../../../api/client';
import { useI18n } from '../../../i18n/i18n';
import { colorOf } from '../../../shared/stage-colors';
import { CompanyCard } from './CompanyCard';

export interface BoardColumnProps {
  column: BoardColumnData;
  cards: BoardColumnData['cards'];
  /** While a card is dragged: whether it may be dropped here. */
  dropAllowed: boolean | null;
  onShowMore(): void;
}

export function BoardColumn({ column, cards, dropAllowed, onShowMore }: BoardColumnProps) {
  const { t, locale } = useI18n();
  // Invalid targets stay droppable so a refused drop can say why; the board refuses it.
  const { setNodeRef, isOver } = useDroppable({ id: column.key });
  const state = dropAllowed === null ? '' : dropAllowed ? ' can-drop' : ' no-drop';
  return (
    <section
      ref={setNodeRef}
      className={`column${state}${isOver && dropAllowed ? ' over' : ''}`}
      style={{ ['--stage' as string]: colorOf(column.color) }}
      aria-label={`${column.label[locale]} (${column.total})`}
      data-stage={column.key}
      aria-disabled={dropAllowed === false || undefined}
    >
      <h2>
        <span className="dot" aria-hidden="true" />
        {column.label[locale]}
        <span className="count">{column.total}</span>
      </h2>
      {dropAllowed === false && <p className="no-drop-label">{t('board.notAllowed')}</p>}
      <div className="cards">
        {cards.map((card) => (
          <CompanyCard key={card.id} card={card} />
        ))}
        {cards.length === 0 && <p className="empty">{t('board.empty')}</p>}
      </div>
      {column.total > column.cards.length && (
        <button type="button" className="link more" onClick={onShowMore}>
          {t('board.more', { count: column.total - column.cards.length })}
        </button>
      )}
    </section>
  );
}
