import { useDraggable } from '@dnd-kit/core';
import { Link } from 'react-router';
import type { BoardCard } from '../../../api/client';
import { useI18n } from '../../../i18n/i18n';
import { Icon } from '../../../shared/Icon';
import { formatDay, formatEuros } from '../utils/board-format';
import { daysSince } from '../utils/board-moves';

export interface CompanyCardProps {
  card: BoardCard;
  /** In an On hold stage: the card shows the day to resume. */
  onHold: boolean;
}

export function CompanyCard({ card, onHold }: CompanyCardProps) {
  const { t, locale, formatNumber } = useI18n();
  const { attributes, listeners, setNodeRef, transform, isDragging } = useDraggable({
    id: card.id,
    data: { card },
    attributes: { roleDescription: t('board.dnd.roleDescription') },
  });
  const days = daysSince(card.statusChangedAt, new Date());
  // The server's verdict (the routine's rule: nothing done or planned for too long), not a threshold of our own.
  const stale = card.stale === true;
  const staleText = typeof card.idleDays === 'number' ? t('board.staleFor', { days: formatNumber(card.idleDays) }) : t('board.stale');
  return (
    <article
      ref={setNodeRef}
      className={`company-card${isDragging ? ' dragging' : ''}${stale ? ' stale' : ''}`}
      style={transform ? { transform: `translate(${transform.x}px, ${transform.y}px)` } : undefined}
      data-company-id={card.id}
      aria-label={card.name}
      {...attributes}
      {...listeners}
    >
      <header>
        <Link to={`/companies/${card.id}`} className="card-name" onPointerDown={(e) => e.stopPropagation()}>
          {card.name}
        </Link>
        <span className={`star${card.favorited ? ' on' : ''}`} title={t('company.favorite')}>
          <Icon name="star" size={14} filled={card.favorited} />
        </span>
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
    </article>
  );
}
