import { useState } from 'react';
import type { Routine, RoutineMeeting } from '../../../api/client';
import { useI18n } from '../../../i18n/i18n';
import { HotnessMeter } from '../../../shared/HotnessMeter';
import { NoAgenciesBadge } from '../../../shared/NoAgenciesBadge';
import { useStageLabels } from '../hooks/useStageLabels';
import { CompanyLink, StageBadge } from './CompanyLink';
import { ListCard } from './ListCard';

/** Companies that have gone quiet in their stage, the longest first. */
export function StaleList({ stale }: { stale: Routine['stale'] | undefined }) {
  const { t } = useI18n();
  const items = stale
    ? [...stale]
        .sort((a, b) => b.staleDays - a.staleDays)
        .map((company) => (
          <li key={company.companyId}>
            <div className="routine-main">
              <CompanyLink id={company.companyId} name={company.name} />
              <StageBadge stage={company.status} />
            </div>
            <div className="routine-meta">
              <span className="warn">{t('routine.staleDays', { days: company.staleDays })}</span>
              <span>{t('routine.threshold', { days: company.thresholdDays })}</span>
              {company.ownerName && <span>{company.ownerName}</span>}
            </div>
          </li>
        ))
    : null;
  return <ListCard list="stale" title={t('routine.stale')} subtitle={t('routine.staleSub')} count={stale?.length} items={items} empty={t('routine.staleEmpty')} />;
}

/** Companies waiting for an answer to outreach, the longest waiting first. */
export function FollowUpsList({ followUps }: { followUps: Routine['followUps'] | undefined }) {
  const { t } = useI18n();
  const stages = useStageLabels();
  const items = followUps
    ? [...followUps]
        .sort((a, b) => b.daysWaiting - a.daysWaiting)
        .map((company) => (
          <li key={company.companyId}>
            <div className="routine-main">
              <CompanyLink id={company.companyId} name={company.name} />
            </div>
            <div className="routine-meta">
              {company.daysSinceOutreach !== null && <span className="warn">{t('routine.sinceOutreach', { days: company.daysSinceOutreach })}</span>}
              {company.daysSinceOutreach !== company.daysWaiting && <span>{t('routine.waiting', { days: company.daysWaiting, stage: stages.name(company.status) })}</span>}
              {company.followUps > 0 && <span>{company.followUps === 1 ? t('routine.followUpOnce') : t('routine.followUpCount', { count: company.followUps })}</span>}
              {company.ownerName && <span>{company.ownerName}</span>}
            </div>
          </li>
        ))
    : null;
  return (
    <ListCard list="follow-ups" title={t('routine.followUps')} subtitle={t('routine.followUpsSub')} count={followUps?.length} items={items} empty={t('routine.followUpsEmpty')} />
  );
}

/** Meetings ahead and those just held, in tabs. */
export function MeetingsList({ meetings }: { meetings: Routine['meetings'] | undefined }) {
  const { t, formatDateTime, formatRelative } = useI18n();
  const [tab, setTab] = useState<'upcoming' | 'recent'>('upcoming');
  const shown: RoutineMeeting[] | undefined = meetings?.[tab];
  const items = shown
    ? shown.map((meeting) => (
        <li key={`${meeting.companyId}-${meeting.at}`}>
          <div className="routine-main">
            <CompanyLink id={meeting.companyId} name={meeting.name} />
            <time dateTime={meeting.at} title={formatDateTime(meeting.at)} className="when">
              {formatRelative(meeting.at)}
            </time>
          </div>
          <div className="routine-meta">
            <span>{formatDateTime(meeting.at)}</span>
            {meeting.attendees.length > 0 && <span>{meeting.attendees.join(', ')}</span>}
            {meeting.ownerName && <span>{meeting.ownerName}</span>}
          </div>
        </li>
      ))
    : null;
  const head = (
    <div className="segmented small" role="group" aria-label={t('routine.meetings')}>
      {(['upcoming', 'recent'] as const).map((key) => (
        <button key={key} type="button" aria-pressed={tab === key} onClick={() => setTab(key)}>
          {t(`routine.${key}`)}
          {meetings && <span className="tab-count">{meetings[key].length}</span>}
        </button>
      ))}
    </div>
  );
  return (
    <ListCard
      list="meetings"
      title={t('routine.meetings')}
      count={meetings?.upcoming.length}
      head={head}
      items={items}
      empty={t(tab === 'upcoming' ? 'routine.upcomingEmpty' : 'routine.recentEmpty')}
    />
  );
}

/** Prospects to contact, the hottest first. */
export function ProspectsList({ prospects }: { prospects: Routine['prospects'] | undefined }) {
  const { t, formatNumber } = useI18n();
  const items = prospects
    ? [...prospects]
        .sort((a, b) => b.hotness - a.hotness)
        .map((company) => (
          <li key={company.companyId}>
            <div className="routine-main">
              <CompanyLink id={company.companyId} name={company.name} />
              <HotnessMeter hotness={company.hotness} />
            </div>
            <div className="routine-meta">
              <span>{t('routine.openJobs', { count: formatNumber(company.openJobs) })}</span>
              {company.noAgencies && <NoAgenciesBadge />}
            </div>
          </li>
        ))
    : null;
  return (
    <ListCard list="prospects" title={t('routine.prospects')} subtitle={t('routine.prospectsSub')} count={prospects?.length} items={items} empty={t('routine.prospectsEmpty')} />
  );
}
