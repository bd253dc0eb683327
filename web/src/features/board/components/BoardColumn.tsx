import { useDroppable } from '@dnd-kit/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { BoardCard, BoardColumnData } from '../../../api/client';
import { useI18n } from '../../../i18n/i18n';
import { colorOf } from '../../../shared/stage-colors';
import { columnKey, useColumnPages, type BoardFilters, type ColumnPages } from '../hooks/useBoard';
import { forecast, formatEuros } from '../utils/board-format';
import { CompanyCard } from './CompanyCard';

export interface BoardColumnProps {
  column: BoardColumnData;
  filters: BoardFilters;
  /** While a card is dragged: whether it may be dropped here. */
  dropAllowed: boolean | null;
  onToggleFavorite(card: BoardCard): void;
}

/**
 * One stage: a header that stays in view while the column scrolls (name,
 * count and value sum, and the weighted forecast of an open stage), the
 * cards, and "more" for the next page of this column alone.
 */
export function BoardColumn({ column, filters, dropAllowed, onToggleFavorite }: BoardColumnProps) {
  const { t, locale, formatNumber } = useI18n();
  const queryClient = useQueryClient();
  // Invalid targets stay droppable so a refused drop can say why; the board refuses it.
  const { setNodeRef, isOver } = useDroppable({ id: column.key });
  const [expanded, setExpanded] = useState(false);
  const pages = useColumnPages(filters, column.key, expanded);
  const cards = expanded && pages.data ? pages.data.pages.flatMap((page) => page.items) : column.cards;
  const hasMore = expanded && pages.data ? pages.hasNextPage : column.nextCursor !== null;

  const showMore = () => {
    if (!expanded) {
      // The board's first page is the column's first page: start from it, and fetch only what follows.
      queryClient.setQueryData<ColumnPages>(columnKey(filters, column.key), { pages: [{ items: column.cards, nextCursor: column.nextCursor }], pageParams: [null] });
      setExpanded(true);
    }
    void pages.fetchNextPage();
  };

  const state = dropAllowed === null ? '' : dropAllowed ? ' can-drop' : ' no-drop';
  const value = formatEuros(column.valueSum, locale);
  const weighted = column.outcome === null ? forecast(column.valueSum, column.probability) : null;
  return (
    <section
      ref={setNodeRef}
      className={`column${state}${isOver && dropAllowed ? ' over' : ''}`}
      style={{ ['--stage' as string]: colorOf(column.color) }}
      aria-label={t('board.columnLabel', { stage: column.label[locale], count: formatNumber(column.total), value })}
      data-stage={column.key}
      aria-disabled={dropAllowed === false || undefined}
    >
      <header className="column-header">
        <h2>
          <span className="dot" aria-hidden="true" />
          <span className="column-name">{column.label[locale]}</span>
          <span className="count">{formatNumber(column.total)}</span>
        </h2>
        <p className="column-value">
          <span className="value-sum">{value}</span>
          {weighted !== null && column.valueSum > 0 && (
            <span className="forecast" title={t('board.forecastTitle', { probability: column.probability ?? 0 })}>
              {t('board.forecast', { value: formatEuros(weighted, locale) })}
            </span>
          )}
        </p>
        {dropAllowed === false && <p className="no-drop-label">{t('board.notAllowed')}</p>}
      </header>
      {/* The cards are a list (a screen reader says "3 of 20"); the empty note is no list item, so it sits beside the list. */}
      <div className="cards" role="list" aria-label={column.label[locale]}>
        {cards.map((card) => (
          <CompanyCard key={card.id} card={card} onHold={column.outcome === 'on_hold'} onToggleFavorite={onToggleFavorite} />
        ))}
      </div>
      {cards.length === 0 && <p className="empty">{t('board.empty')}</p>}
      {hasMore && (
        <button type="button" className="link more" onClick={showMore} disabled={pages.isFetchingNextPage}>
          {pages.isFetchingNextPage ? t('common.loading') : t('board.more', { count: formatNumber(Math.max(0, column.total - cards.length)) })}
        </button>
      )}
    </section>
  );
}
