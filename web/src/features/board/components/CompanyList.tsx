import { useState } from 'react';
import { Link } from 'react-router';
import type { BoardColumnData, CompanySummary } from '../../../api/client';
import { useI18n } from '../../../i18n/i18n';
import type { MessageKey } from '../../../i18n/messages';
import { colorOf } from '../../../shared/stage-colors';
import { daysSince } from '../utils/board-moves';

type SortKey = 'name' | 'status' | 'industry' | 'employeeCount' | 'location' | 'ownerName' | 'days';
const COLUMNS: [SortKey, MessageKey][] = [
  ['name', 'list.name'],
  ['status', 'list.status'],
  ['industry', 'list.industry'],
  ['employeeCount', 'list.employees'],
  ['location', 'list.location'],
  ['ownerName', 'list.owner'],
  ['days', 'list.days'],
];

/** The board's cards as a sortable table. */
export function CompanyList({ columns, cards }: { columns: BoardColumnData[]; cards: CompanySummary[] }) {
  const { t, locale, formatNumber } = useI18n();
  const [sort, setSort] = useState<{ key: SortKey; ascending: boolean }>({ key: 'name', ascending: true });
  const now = new Date();
  const stageOrder = new Map(columns.map((c, i) => [c.key, i]));
  const value = (card: CompanySummary): string | number =>
    sort.key === 'days' ? daysSince(card.statusChangedAt, now) : sort.key === 'status' ? (stageOrder.get(card.status) ?? 0) : (card[sort.key] ?? '');
  const sorted = [...cards].sort((a, b) => {
    const [x, y] = [value(a), value(b)];
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), locale);
    return sort.ascending ? order : -order;
  });
  return (
    <div className="table-scroll">
      <table className="list">
        <thead>
          <tr>
            {COLUMNS.map(([key, label]) => (
              <th key={key} aria-sort={sort.key === key ? (sort.ascending ? 'ascending' : 'descending') : 'none'}>
                <button type="button" onClick={() => setSort((s) => ({ key, ascending: s.key === key ? !s.ascending : true }))}>
                  {t(label)}
                  {sort.key === key ? (sort.ascending ? ' ▲' : ' ▼') : ''}
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sorted.map((card) => {
            const column = columns.find((c) => c.key === card.status);
            return (
              <tr key={card.id}>
                <td className="wrap-cell">
                  <Link to={`/companies/${card.id}`}>{card.name}</Link>
                </td>
                <td>
                  <span className="badge" style={{ ['--stage' as string]: colorOf(column?.color) }}>
                    {column?.label[locale] ?? card.status}
                  </span>
                </td>
                <td className="wrap-cell">{card.industry}</td>
                <td>{card.employeeCount !== null ? formatNumber(card.employeeCount) : ''}</td>
                <td className="wrap-cell">{card.location}</td>
                <td className="wrap-cell">{card.ownerName}</td>
                <td>{daysSince(card.statusChangedAt, now)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
