import { useId, useState } from 'react';
import { useI18n } from '../../../i18n/i18n';
import type { MessageKey } from '../../../i18n/messages';
import { NoAgenciesBadge } from '../../../shared/NoAgenciesBadge';
import { useCompanyJobs, type JobStatus } from '../hooks/useHiring';
import { errorText } from '../../../shared/error-text';
import { LeadFromJobButton } from '../../dossiers/components/LeadFromJobButton';

const TABS: [JobStatus, MessageKey][] = [
  ['open', 'jobs.open'],
  ['closed', 'jobs.closed'],
  ['all', 'jobs.all'],
];

/** A company's jobs, open, closed or all, newest first, with a "load more". */
export function JobsList({
  globalCompanyId,
  openJobs,
  totalJobs,
  companyId,
}: {
  globalCompanyId: string;
  openJobs: number | undefined;
  totalJobs: number | undefined;
  /** The agency's record when it follows the company: each job offers "create a lead from this vacancy". */
  companyId?: string | undefined;
}) {
  const { t, formatDate } = useI18n();
  const [status, setStatus] = useState<JobStatus>('open');
  const id = useId();
  const jobs = useCompanyJobs(globalCompanyId, status);
  const items = jobs.data?.pages.flatMap((page) => page.items) ?? [];
  const counts: Partial<Record<JobStatus, number>> =
    openJobs === undefined || totalJobs === undefined ? {} : { open: openJobs, closed: totalJobs - openJobs, all: totalJobs };
  return (
    <div className="jobs">
      <div className="tabs" role="tablist" aria-label={t('hiring.jobs')}>
        {TABS.map(([key, label]) => (
          <button key={key} id={`${id}-${key}`} type="button" role="tab" aria-selected={status === key} aria-controls={`${id}-panel`} onClick={() => setStatus(key)}>
            {t(label)}
            {counts[key] !== undefined && <span className="tab-count">{counts[key]}</span>}
          </button>
        ))}
      </div>
      {/* The panel holds the list: a list with the tabpanel role is no list, and its items would belong to none. */}
      <div role="tabpanel" id={`${id}-panel`} aria-labelledby={`${id}-${status}`} aria-busy={jobs.isPending}>
        <ul className="job-list">
          {items.map((job) => (
            <li key={job.id} className={`job${job.open ? '' : ' closed'}`}>
              <div className="job-head">
                {job.url ? (
                  <a href={job.url} target="_blank" rel="noreferrer" className="job-title">
                    {job.title} <span aria-hidden="true">↗</span>
                  </a>
                ) : (
                  <span className="job-title">{job.title}</span>
                )}
                {job.noAgencies && <NoAgenciesBadge />}
                {!job.open && <span className="closed-badge">{t('jobs.closedBadge')}</span>}
                {companyId && <LeadFromJobButton companyId={companyId} jobId={job.id} jobTitle={job.title} />}
              </div>
              <p className="meta">
                {[
                  job.location,
                  job.postedAt ? t('jobs.posted', { date: formatDate(job.postedAt) }) : null,
                  job.closedAt && !job.open ? t('jobs.closedOn', { date: formatDate(job.closedAt) }) : null,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </p>
              {job.skills.length > 0 && (
                <ul className="chips" aria-label={t('hiring.skills')}>
                  {job.skills.map((skill) => (
                    <li key={skill} className="chip">
                      {skill}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      </div>
      {jobs.isError && <p className="error">{errorText(jobs.error, t)}</p>}
      {!jobs.isPending && items.length === 0 && <p className="empty">{t(status === 'open' ? 'jobs.noneOpen' : status === 'closed' ? 'jobs.noneClosed' : 'jobs.none')}</p>}
      {jobs.hasNextPage && (
        <button type="button" className="more" onClick={() => void jobs.fetchNextPage()} disabled={jobs.isFetchingNextPage}>
          {t('common.loadMore')}
        </button>
      )}
    </div>
  );
}
