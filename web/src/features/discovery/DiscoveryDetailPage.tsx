import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { HotnessMeter } from '../../shared/HotnessMeter';
import { NoAgenciesBadge } from '../../shared/NoAgenciesBadge';
import { useToast } from '../../shared/useToast';
import { HiringPanel } from '../hiring/HiringPanel';
import { useGlobalCompany } from './hooks/useDiscovery';
import { useFollowCompany } from './hooks/useFollowCompany';
import { PipelineChoice } from './components/PipelineChoice';
import { lastSearch } from './utils/last-search';
import { errorText } from '../../shared/error-text';
import { useRecordView } from '../../shared/useRecordView';

/** One shared company from discovery: its data, hiring and people; opening it records the view (POST …/views). */
export function DiscoveryDetailPage() {
  const { globalCompanyId = '' } = useParams();
  const { t, formatNumber, formatDateTime, formatRelative } = useI18n();
  const toast = useToast();
  const company = useGlobalCompany(globalCompanyId);
  // Recorded once the page has read (and shows) the view before this one: the GET itself writes nothing.
  useRecordView(`/api/global-companies/${globalCompanyId}/views`, company.isSuccess);
  const follow = useFollowCompany();
  const [pipelineId, setPipelineId] = useState('');
  // Back to the search it was opened from, filters and all.
  const back = lastSearch();

  if (company.isError) {
    return (
      <div className="company-page">
        <Link to={`/discovery${back}`} className="back">
          {t('discovery.back')}
        </Link>
        <p className="error">{company.error instanceof ApiError && company.error.status === 404 ? t('discovery.notFound') : errorText(company.error, t)}</p>
      </div>
    );
  }
  const g = company.data;
  return (
    <div className="company-page discovery-detail">
      <Link to={`/discovery${back}`} className="back">
        {t('discovery.back')}
      </Link>
      {g && (
        <header className="company-header card">
          <span className="logo" aria-hidden="true">
            {g.name.charAt(0)}
          </span>
          <div className="company-title">
            <div className="title-row">
              <h1>{g.name}</h1>
              {g.noAgencies && <NoAgenciesBadge explain />}
            </div>
            <p className="meta">
              {[
                g.industry,
                g.location,
                g.employeeCount !== null ? t('board.employees', { count: formatNumber(g.employeeCount) }) : null,
                g.foundedYear !== null ? t('discovery.founded', { year: g.foundedYear }) : null,
              ]
                .filter(Boolean)
                .join(' · ')}
            </p>
            <p className="links">
              {g.websiteDomain && (
                <a href={`https://${g.websiteDomain}`} target="_blank" rel="noreferrer">
                  {g.websiteDomain}
                </a>
              )}
              {g.linkedinUrl && (
                <a href={g.linkedinUrl} target="_blank" rel="noreferrer">
                  {t('company.linkedin')}
                </a>
              )}
              {g.lastViewedAt && (
                <span className="meta" title={formatDateTime(g.lastViewedAt)}>
                  {t('discovery.viewedBefore', { when: formatRelative(g.lastViewedAt) })}
                </span>
              )}
            </p>
          </div>
          <div className="header-stats">
            <div className="header-stat">
              <span className="stat-label">{t('discovery.hotness')}</span>
              <HotnessMeter hotness={g.hotness} size="large" />
            </div>
            <div className="header-stat">
              <span className="stat-label">{t('discovery.openJobs')}</span>
              <span className="stat-total">{formatNumber(g.openJobs)}</span>
            </div>
            <div className="header-stat">
              <span className="stat-label">{t('discovery.lastPosted')}</span>
              <span className="stat-sub" title={g.lastPostedAt ? formatDateTime(g.lastPostedAt) : undefined}>
                {g.lastPostedAt ? formatRelative(g.lastPostedAt) : '—'}
              </span>
            </div>
          </div>
          {g.hasSaved ? (
            g.companyId ? (
              <Link to={`/companies/${g.companyId}`} className="button primary">
                {t('discovery.openInPipeline')} →
              </Link>
            ) : (
              <span className="saved">✓ {t('discovery.following')}</span>
            )
          ) : (
            <span className="follow-with-pipeline" style={{ display: 'flex', gap: '0.5rem', alignItems: 'end', flexWrap: 'wrap' }}>
              <PipelineChoice value={pipelineId} onChange={setPipelineId} />
              <button
                type="button"
                className="primary"
                disabled={follow.isPending}
                onClick={() =>
                  follow.mutate(
                    { globalCompanyId: g.id, name: g.name, pipelineId: pipelineId || undefined },
                    {
                      onSuccess: () => toast.show(t('discovery.followed', { name: g.name })),
                      onError: (error) => toast.show(t('discovery.followFailed', { detail: errorText(error, t) }), 'error'),
                    },
                  )
                }
              >
                + {t('discovery.follow')}
              </button>
            </span>
          )}
        </header>
      )}
      {g?.description && <p className="card description-card">{g.description}</p>}
      <HiringPanel globalCompanyId={globalCompanyId} companyId={company.data?.companyId ?? undefined} />
      {toast.element}
    </div>
  );
}
