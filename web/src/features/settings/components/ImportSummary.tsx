import type { ImportEvent } from '../../../api/client';
import { useI18n } from '../../../i18n/i18n';
import type { MessageKey } from '../../../i18n/messages';
import { rejectionReasons } from '../utils/rejection-text';

const TILES: [keyof ImportEvent['counts'], MessageKey][] = [
  ['inserted', 'import.inserted'],
  ['updated', 'import.updated'],
  ['skipped', 'import.skipped'],
  ['rejected', 'import.rejected'],
];

/** What an import did, and the lines it refused with why. */
export function ImportSummary({ event }: { event: ImportEvent }) {
  const { t, locale, formatNumber } = useI18n();
  const rejected = event.rejected ?? [];
  return (
    <div className="import-summary" role="region" aria-label={t('import.summary')}>
      <h3>{t('import.summary')}</h3>
      <dl className="summary-tiles">
        {TILES.map(([key, label]) => (
          <div key={key} className={`summary-tile ${key}${key === 'rejected' && event.counts.rejected > 0 ? ' warn' : ''}`} data-count={key}>
            <dt>{t(label)}</dt>
            <dd>{formatNumber(event.counts[key])}</dd>
          </div>
        ))}
      </dl>
      {rejected.length > 0 && (
        <>
          <h4>{t('import.rejectedLines')}</h4>
          {event.counts.rejected > rejected.length && <p className="meta">{t('import.rejectedFirst', { shown: formatNumber(rejected.length), total: formatNumber(event.counts.rejected) })}</p>}
          <div className="table-scroll rejected-scroll">
            <table className="list rejected">
              <thead>
                <tr>
                  <th scope="col" className="num">
                    {t('import.line')}
                  </th>
                  <th scope="col">{t('import.reason')}</th>
                </tr>
              </thead>
              <tbody>
                {rejected.map((row) => (
                  <tr key={`${row.line}-${row.reason}`}>
                    <td className="num">{row.line}</td>
                    <Reasons {...rejectionReasons(row, locale, formatNumber)} />
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </div>
  );
}

/** The reasons of one row; the server's English, when the app cannot translate it, is marked as English. */
function Reasons({ parts, translated }: ReturnType<typeof rejectionReasons>) {
  return (
    <td lang={translated ? undefined : 'en'}>
      {parts.map((part, i) => (
        <span key={i} className="rejection-issue">
          {i > 0 && '; '}
          {part.field !== undefined && (
            <>
              <code>{part.field}</code>:{' '}
            </>
          )}
          {part.text}
        </span>
      ))}
    </td>
  );
}
