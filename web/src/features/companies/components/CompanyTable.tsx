import type { MouseEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import type { CompanyListItem } from '../../../api/client';
import { useI18n } from '../../../i18n/i18n';
import { colorOf } from '../../../shared/stage-colors';
import { columnDefinition, type SortKey } from '../utils/columns';
import { cellText } from '../utils/cells';

export interface TableProps {
  items: CompanyListItem[];
  columns: string[];
  /** Labels of pipeline fields shown as columns (`field.<key>`), by key. */
  fieldLabels: Record<string, string>;
  sort: SortKey;
  direction: 'asc' | 'desc';
  onSort(sort: SortKey): void;
  selected: ReadonlySet<string>;
  allMatching: boolean;
  onToggle(id: string): void;
  onTogglePage(): void;
}

/**
 * The list: a header per column that sorts on the server (aria-sort says
 * how), a checkbox per row, and rows that open the company page on a click
 * or Enter. On a phone each row is a card (companies.css).
 */
export function CompanyTable({ items, columns, fieldLabels, sort, direction, onSort, selected, allMatching, onToggle, onTogglePage }: TableProps) {
  const { t, locale, formatDate, formatDateTime, formatNumber } = useI18n();
  const navigate = useNavigate();
  const pageSelected = allMatching || (items.length > 0 && items.every((item) => selected.has(item.id)));
  const label = (key: string) => {
    const definition = columnDefinition(key);
    return definition ? t(definition.label) : (fieldLabels[key.slice('field.'.length)] ?? key.slice('field.'.length));
  };
  const open = (id: string) => void navigate(`/companies/${id}`);
  // A click anywhere on the row opens the company (the name is its link, for the keyboard: Enter), unless it was on the checkbox.
  const onRowClick = (event: MouseEvent<HTMLTableRowElement>, id: string) => {
    if ((event.target as HTMLElement).closest('a, button, input, label')) return;
    open(id);
  };
  const format = { locale, t, formatDate, formatDateTime, formatNumber };

  return (
    <div className="table-scroll companies-scroll">
      <table className="list companies-table">
        <thead>
          <tr>
            <th scope="col" className="select-cell">
              <input type="checkbox" aria-label={t('companies.selectPage')} checked={pageSelected} disabled={allMatching} onChange={onTogglePage} />
            </th>
            {columns.map((key) => {
              const sortKey = columnDefinition(key)?.sort ?? null;
              const numeric = columnDefinition(key)?.numeric;
              const current = sortKey !== null && sortKey === sort;
              return (
                <th key={key} scope="col" className={numeric ? 'num' : undefined} aria-sort={current ? (direction === 'asc' ? 'ascending' : 'descending') : sortKey ? 'none' : undefined}>
                  {sortKey ? (
                    <button type="button" onClick={() => onSort(sortKey)} title={t('companies.sortBy', { column: label(key) })}>
                      {label(key)}
                      <span aria-hidden="true">{current ? (direction === 'asc' ? ' ▲' : ' ▼') : ''}</span>
                    </button>
                  ) : (
                    label(key)
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id} data-company-id={item.id} className={selected.has(item.id) || allMatching ? 'selected' : undefined} onClick={(e) => onRowClick(e, item.id)}>
              <td className="select-cell">
                <input type="checkbox" aria-label={t('companies.select', { name: item.name })} checked={allMatching || selected.has(item.id)} disabled={allMatching} onChange={() => onToggle(item.id)} />
              </td>
              {columns.map((key) => (
                <td key={key} data-label={label(key)} className={key === 'name' ? 'name-cell' : columnDefinition(key)?.numeric ? 'num' : undefined}>
                  {key === 'name' ? (
                    <Link to={`/companies/${item.id}`}>{item.name}</Link>
                  ) : key === 'stage' ? (
                    <span className="badge" style={{ ['--stage' as string]: colorOf(item.stageColor) }}>
                      {item.stageName[locale]}
                    </span>
                  ) : (
                    cellText(key, item, format)
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
