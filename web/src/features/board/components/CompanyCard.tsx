import { useDraggable } from '@dnd-kit/core';
import type { KeyboardEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import type { BoardCard } from '../../../api/client';
import { useI18n } from '../../../i18n/i18n';
import { Icon } from '../../../shared/Icon';
import { formatDay, formatEuros } from '../utils/board-format';
import { daysSince } from '../utils/board-moves';
import { cardKeyAction } from '../utils/favorite';

export interface CompanyCardProps {
  card: BoardCard;
  /** In an On hold stage: the card shows the day to resume. */
  onHold: boolean;
  /** The star: the board sets it at once and saves it. */
  onToggleFavorite(card: BoardCard): void;
}

/**
 * A company on the board: ONE tab stop. The card itself takes focus; Enter
 * opens the company page, F sets or clears the star, Space picks it up
 * (dnd-kit's keyboard drag). The name link and the star inside stay
 * clickable but out of the tab order, since the card's keys do what they do.
 */
export function CompanyCard({ card, onHold, onToggleFavorite }: CompanyCardProps) {
  const { t, locale, formatNumber } = useI18n();
  const navigate = useNavigate();
  const { attributes, listeners, setNodeRef, transform, isDragging } = useDraggable({
    id: card.id,
    data: { card },
    attributes: { roleDescription: t('board.dnd.roleDescription') },
  });
  const days = daysSince(card.statusChangedAt, new Date());
  // The server's verdict (the routine's rule: nothing done or planned for too long), not a threshold of our own.
  const stale = card.stale === true;
  const staleText = typeof card.idleDays === 'number' ? t('board.staleFor', { days: formatNumber(card.idleDays) }) : t('board.stale');
  // A list item (a div: an article may not take that role), not dnd-kit's default button: a button may hold no link or button, and the card holds both. aria-pressed belongs to buttons.
  const { role: _role, 'aria-pressed': _pressed, ...cardAttributes } = attributes;
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const action = event.target === event.currentTarget && !isDragging ? cardKeyAction(event) : null;
    if (action === 'open') void navigate(`/companies/${card.id}`);
    if (action === 'favorite') onToggleFavorite(card);
    if (action) event.preventDefault();
    else listeners?.onKeyDown?.(event);
  };
  // A press on the star or the name is a click, never the start of a drag.
  const keepFromDrag = { onMouseDown: (e: { stopPropagation(): void }) => e.stopPropagation(), onTouchStart: (e: { stopPropagation(): void }) => e.stopPropagation() };
  return (
    <div
      ref={setNodeRef}
      className={`company-card${isDragging ? ' dragging' : ''}${stale ? ' stale' : ''}`}
      style={transform ? { transform: `translate(${transform.x}px, ${transform.y}px)` } : undefined}
      data-company-id={card.id}
      aria-label={card.name}
      {...cardAttributes}
      role="listitem"
      aria-keyshortcuts="Enter F"
      {...listeners}
      onKeyDown={onKeyDown}
    >
      <header>
        <Link to={`/companies/${card.id}`} className="card-name" tabIndex={-1} onMouseDown={keepFromDrag.onMouseDown}>
          {card.name}
        </Link>
        <button
          type="button"
          className={`star${card.favorited ? ' on' : ''}`}
          tabIndex={-1}
          aria-pressed={card.favorited}
          aria-label={t('company.favorite')}
          title={t('board.favoriteKey')}
          {...keepFromDrag}
          onClick={() => onToggleFavorite(card)}
        >
          <Icon name="star" size={16} filled={card.favorited} />
        </button>
      </header>
      <p className="meta">
        {[card.industry, card.employeeCount !== null ? t('board.employees', { count: formatNumber(card.employeeCount) }) : null].filter(Boolean).join(' · ')}
      </p>
      <p className="meta">{[card.location, card.ownerName].filter(Boolean).join(' · ')}</p>
      {onHold && card.resumeAt && (
        <p className="resume-at">
          <Icon name="calendar" size={13} /> {t('board.resumes', { date: formatDay(card.resumeAt, locale) })}
        </p>
      )}
      <footer>
        <span className="days">{t('board.days', { days: formatNumber(days) })}</span>
        {card.expectedValue !== null && <span className="card-value">{formatEuros(card.expectedValue, locale)}</span>}
        {stale && (
          <span className="stale-badge" title={staleText}>
            ⚠ {t('board.stale')}
          </span>
        )}
      </footer>
    </div>
  );
}
