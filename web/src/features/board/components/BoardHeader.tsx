import type { BoardColumnData } from '../../../api/client';
import { useI18n } from '../../../i18n/i18n';
import { Icon } from '../../../shared/Icon';
import { colorOf } from '../../../shared/stage-colors';

/** One stat card per stage: total, icon and colour (SPEC R9.1). */
export function BoardHeader({ columns }: { columns: BoardColumnData[] }) {
  const { locale, formatNumber } = useI18n();
  return (
    <div className="stats">
      {columns.map((column) => (
        <div key={column.key} className="stat" style={{ ['--stage' as string]: colorOf(column.color) }} data-stat={column.key}>
          <span className="stat-icon">
            <Icon name={column.icon} />
          </span>
          <span className="stat-label" title={column.label[locale]}>
            {column.label[locale]}
          </span>
          <span className="stat-total">{formatNumber(column.total)}</span>
        </div>
      ))}
    </div>
  );
}
