import { useState, type ReactNode } from 'react';
import { useI18n } from '../../../i18n/i18n';

/** Entries shown before "show all". */
const SHOWN = 6;

export interface ListCardProps {
  /** Names the card (`data-list`) and its heading's id. */
  list: string;
  title: string;
  subtitle?: string;
  count?: number | undefined;
  /** Null while loading. */
  items: ReactNode[] | null;
  empty: string;
  /** Above the list, e.g. tabs. */
  head?: ReactNode;
}

/** A card with a short list of companies to act on, a count badge and a friendly empty state. */
export function ListCard({ list, title, subtitle, count, items, empty, head }: ListCardProps) {
  const { t, formatNumber } = useI18n();
  const [all, setAll] = useState(false);
  const shown = items && !all ? items.slice(0, SHOWN) : items;
  return (
    <section className="card dashboard-card list-card" data-list={list} aria-labelledby={`${list}-title`}>
      <header className="card-head">
        <h2 id={`${list}-title`}>
          {title}
          {count !== undefined && count > 0 && <span className="count-badge">{formatNumber(count)}</span>}
        </h2>
        {subtitle && <p className="meta">{subtitle}</p>}
      </header>
      {head}
      {items === null ? (
        <div className="list-placeholder" />
      ) : items.length === 0 ? (
        <p className="list-empty">{empty}</p>
      ) : (
        <ul className="routine-list">{shown}</ul>
      )}
      {items && items.length > SHOWN && (
        <button type="button" className="link show-all" onClick={() => setAll((was) => !was)}>
          {all ? t('routine.showLess') : t('routine.showAll', { count: items.length })}
        </button>
      )}
    </section>
  );
}
