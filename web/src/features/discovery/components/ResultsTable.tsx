import { memo } from 'react';
import { Link } from 'react-router';
import type { GlobalCompanySearchHit } from '../../../api/client';
import { useI18n } from '../../../i18n/i18n';
import { HotnessMeter } from '../../../shared/HotnessMeter';
import { NoAgenciesBadge } from '../../../shared/NoAgenciesBadge';
import { FollowCell } from './FollowCell';
import { TrendSparkline } from './TrendSparkline';

export interface ResultsTableProps {
  hits: GlobalCompanySearchHit[];
  /** Show the distance column: the search is around a place. */
  withDistance: boolean;
  following: ReadonlySet<string>;
  onFollow(hit: GlobalCompanySearchHit): void;
}

/** The discovery results: one dense row per company. */
export function ResultsTable({ hits, withDistance, following, onFollow }: ResultsTableProps) {
  const { t } = useI18n();
  return (
    <div className="table-scroll">
      <table className="list results">
        <thead>
          <tr>
            <th scope="col">{t('list.name')}</th>
            <th scope="col">{t('list.industry')}</th>
            <th scope="col">{t('list.location')}</th>
            <th scope="col">{t('discovery.hotness')}</th>
            <th scope="col" className="num">
              {t('discovery.openJobs')}
            </th>
            <th scope="col">{t('discovery.trend')}</th>
            <th scope="col">{t('discovery.lastViewed')}</th>
            <th scope="col">
              <span className="sr-only">{t('discovery.follow')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {hits.map((hit) => (
            <ResultRow key={hit.id} hit={hit} withDistance={withDistance} pending={following.has(hit.id)} onFollow={onFollow} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

interface ResultRowProps {
  hit: GlobalCompanySearchHit;
  withDistance: boolean;
  pending: boolean;
  onFollow(hit: GlobalCompanySearchHit): void;
}

// Memoised: a filter change re-renders the page while the previous rows stay, and fifty charts are not cheap.
const ResultRow = memo(function ResultRow({ hit, withDistance, pending, onFollow }: ResultRowProps) {
  const { t, formatNumber, formatDateTime, formatRelative } = useI18n();
  return (
      <tr key={hit.id} data-global-company-id={hit.id}>
        <td className="name-cell">
          <Link to={`/discovery/${hit.id}`} className="result-name">
            {hit.name}
          </Link>
          {hit.noAgencies && <NoAgenciesBadge />}
          {hit.employeeCount !== null && <span className="meta">{t('board.employees', { count: formatNumber(hit.employeeCount) })}</span>}
        </td>
        <td className="industry-cell">{hit.industry ?? '—'}</td>
        <td className="location-cell">
          {hit.location ?? '—'}
          {withDistance && hit.distanceKm !== null && <span className="distance">{t('discovery.distance', { km: formatNumber(Math.round(hit.distanceKm)) })}</span>}
        </td>
        <td>
          <HotnessMeter hotness={hit.hotness} />
        </td>
        <td className="num">{formatNumber(hit.openJobs)}</td>
        <td>
          <TrendSparkline trend={hit.trend} />
        </td>
        <td className="viewed-cell">
          {hit.lastViewedAt ? (
            <time dateTime={hit.lastViewedAt} title={formatDateTime(hit.lastViewedAt)}>
              {formatRelative(hit.lastViewedAt)}
            </time>
          ) : (
            <span className="muted">{t('discovery.neverViewed')}</span>
          )}
        </td>
        <td className="follow-cell">
          <FollowCell company={hit} pending={pending} onFollow={() => onFollow(hit)} />
        </td>
      </tr>
  );
});
