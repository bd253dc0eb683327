import { Link } from 'react-router';
import type { Dossier, Pipeline } from '../../../api/client';
import { useI18n } from '../../../i18n/i18n';
import { formatNumber } from '../../../i18n/format-number';
import { colorOf } from '../../../shared/stage-colors';

export interface DossierTableProps {
  items: Dossier[];
  pipeline: Pipeline | undefined;
  selected: ReadonlySet<string>;
  onToggle(id: string): void;
  onTogglePage(): void;
  onPreview(dossier: Dossier): void;
}

/** The overview's rows: a checkbox for bulk actions, the title (opens the dossier), client, stage, owner, value and close date. */
export function DossierTable({ items, pipeline, selected, onToggle, onTogglePage, onPreview }: DossierTableProps) {
  const { t, locale } = useI18n();
  const allSelected = items.length > 0 && items.every((item) => selected.has(item.id));
  return (
    <table className="list dossier-table">
      <thead>
        <tr>
          <th scope="col" className="no-print">
            <input type="checkbox" aria-label={t('dossiers.selectPage')} checked={allSelected} onChange={onTogglePage} />
          </th>
          <th scope="col">{t('dossiers.col.title')}</th>
          <th scope="col">{t('dossiers.col.client')}</th>
          <th scope="col">{t('dossiers.col.stage')}</th>
          <th scope="col">{t('dossiers.col.owner')}</th>
          <th scope="col">{t('dossiers.col.value')}</th>
          <th scope="col">{t('dossiers.col.close')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => {
          const stage = pipeline?.stages.find((s) => s.key === item.stage);
          return (
            <tr key={item.id} onClick={() => onPreview(item)}>
              <td className="no-print">
                <input type="checkbox" aria-label={t('dossiers.select', { title: item.title })} checked={selected.has(item.id)} onChange={() => onToggle(item.id)} onClick={(e) => e.stopPropagation()} />
              </td>
              <td>
                <Link to={`/dossiers/${item.id}`} onClick={(e) => e.stopPropagation()}>
                  {item.title}
                </Link>
              </td>
              <td>{item.company?.name ?? '—'}</td>
              <td>
                <span className="badge" style={{ ['--stage' as string]: colorOf(stage?.color) }}>
                  {stage?.name[locale] ?? item.stage}
                </span>
              </td>
              <td>{item.ownerName ?? '—'}</td>
              <td>{item.value === null ? '—' : `€ ${formatNumber(item.value, locale)}`}</td>
              <td>{item.expectedCloseDate ?? '—'}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
