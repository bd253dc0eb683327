import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { api, ApiError, type CompanyDetail } from '../../api/client';
import { NotFoundPage } from '../../shared/NotFoundPage';
import { useI18n } from '../../i18n/i18n';
import { useUsers } from '../../shared/queries';
import { HotnessMeter } from '../../shared/HotnessMeter';
import { NoAgenciesBadge } from '../../shared/NoAgenciesBadge';
import { useToast } from '../../shared/useToast';
import { ConfirmDialog } from '../../shared/ConfirmDialog';
import { useRecordView } from '../../shared/useRecordView';
import './company.css';
import { ActivityForms } from './components/ActivityForms';
import { DealPanel } from './components/DealPanel';
import { Contacts } from './components/Contacts';
import { Reminders } from './components/Reminders';
import { CompanyGroups } from '../triggers/components/CompanyGroups';
import { StatusSelector } from './components/StatusSelector';
import { Timeline } from './components/Timeline';
import { errorText } from '../../shared/error-text';
import { UserOptions } from '../../shared/UserOptions';

// The hiring panel brings the chart library; it loads after the page itself.
const HiringPanel = lazy(() => import('../hiring/HiringPanel').then((m) => ({ default: m.HiringPanel })));

export function CompanyPage() {
  const { id = '' } = useParams();
  const { t, formatNumber, formatRelative, formatDateTime } = useI18n();
  const toast = useToast();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const users = useUsers();
  const company = useQuery({ queryKey: ['company', id], queryFn: () => api<CompanyDetail>(`/api/companies/${id}`) });
  const patch = useMutation({
    mutationFn: (body: Partial<Pick<CompanyDetail, 'favorited' | 'newJobsNotifications' | 'ownerId'>>) => api(`/api/companies/${id}`, { method: 'PATCH', body }),
    onSettled: () => {
      for (const key of [['company', id], ['timeline', id], ['board']]) void queryClient.invalidateQueries({ queryKey: key });
    },
    onError: (error) => toast.show(errorText(error, t), 'error'),
  });
  // Unfollowing is the soft delete (DELETE /api/companies/{id}); the board is where one goes on from here.
  const [confirmUnfollow, setConfirmUnfollow] = useState(false);
  const unfollow = useMutation({
    mutationFn: () => api(`/api/companies/${id}`, { method: 'DELETE' }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['board'] });
      void queryClient.invalidateQueries({ queryKey: ['people'] });
      void navigate('/board');
    },
  });
  // Opening the page records "last viewed" (its own POST; reading the company stays pure) and shows the view before.
  const view = useRecordView(`/api/companies/${id}/views`, company.isSuccess);

  if (company.error instanceof ApiError && company.error.status === 404) return <NotFoundPage detail={company.error.message} />;
  if (company.isError) return <p className="error">{errorText(company.error, t)}</p>;
  if (!company.data) return null;
  const { globalCompany: g } = company.data;
  return (
    <div className="company-page">
      <Link to="/board" className="back">
        {t('company.back')}
      </Link>
      <header className="company-header card">
        <span className="logo" aria-hidden="true">
          {g.name.charAt(0)}
        </span>
        <div className="company-title">
          <div className="title-row">
            <h1>{g.name}</h1>
            {g.noAgencies && <NoAgenciesBadge explain />}
          </div>
          <p className="meta">{[g.industry, g.location, g.employeeCount !== null ? t('board.employees', { count: formatNumber(g.employeeCount) }) : null].filter(Boolean).join(' · ')}</p>
          <p className="links">
            {g.websiteDomain && (
              <a href={`https://${g.websiteDomain}`} target="_blank" rel="noreferrer">
                {t('company.website')}
              </a>
            )}
            {g.linkedinUrl && (
              <a href={g.linkedinUrl} target="_blank" rel="noreferrer">
                {t('company.linkedin')}
              </a>
            )}
            {view?.previousViewAt && (
              <span className="meta" title={formatDateTime(view.previousViewAt)}>
                {t('discovery.viewedBefore', { when: formatRelative(view.previousViewAt) })}
              </span>
            )}
          </p>
        </div>
        <div className="header-stat">
          <span className="stat-label">{t('discovery.hotness')}</span>
          <HotnessMeter hotness={g.hotness} size="large" />
        </div>
        <StatusSelector company={company.data} onChanged={(text) => toast.show(text)} />
        {/* The creation wizard, started from this company (SPEC R4.4): it comes suggested as the client. */}
        <Link className="button" to={`/leads?new=1&companyId=${id}`}>
          {t('dossiers.new.lead')}
        </Link>
        <Link className="button" to={`/opportunities?new=1&companyId=${id}`}>
          {t('dossiers.new.opportunity')}
        </Link>
        <button type="button" className="unfollow" onClick={() => (unfollow.reset(), setConfirmUnfollow(true))}>
          {t('company.unfollow')}
        </button>
      </header>
      <div className="company-body">
        <div className="company-side">
          <section className="card">
            <label>
              {t('company.owner')}
              <select value={company.data.ownerId ?? ''} onChange={(e) => patch.mutate({ ownerId: e.target.value || null })}>
                <option value="">—</option>
                <UserOptions users={users.data ?? []} current={company.data.ownerId} />
              </select>
            </label>
            <label className="toggle">
              <input type="checkbox" checked={company.data.favorited} onChange={(e) => patch.mutate({ favorited: e.target.checked })} />
              {t('company.favorite')}
            </label>
            <label className="toggle">
              <input type="checkbox" checked={company.data.newJobsNotifications} onChange={(e) => patch.mutate({ newJobsNotifications: e.target.checked })} />
              {t('company.notifications')}
            </label>
            {g.description && <p className="description">{g.description}</p>}
            <Contacts companyId={id} />
          </section>
          <DealPanel company={company.data} onSaved={(text) => toast.show(text)} onFailed={(text) => toast.show(text, 'error')} />
          <Reminders companyId={id} onSaved={(text) => toast.show(text)} onFailed={(text) => toast.show(text, 'error')} />
          <CompanyGroups companyId={id} onSaved={(text) => toast.show(text)} onFailed={(text) => toast.show(text, 'error')} />
        </div>
        <section className="card timeline-card">
          <ActivityForms companyId={id} noAgencies={g.noAgencies} onSaved={(text) => toast.show(text)} onFailed={(text) => toast.show(text, 'error')} />
          <h2>{t('company.timeline')}</h2>
          <Timeline companyId={id} pipeline={company.data.pipeline} />
        </section>
      </div>
      <Suspense fallback={null}>
        <HiringPanel globalCompanyId={g.id} companyId={id} />
      </Suspense>
      {confirmUnfollow && (
        <ConfirmDialog
          title={t('company.unfollowTitle', { name: g.name })}
          text={t('company.unfollowText', { name: g.name })}
          confirm={t('company.unfollow')}
          busy={unfollow.isPending}
          error={unfollow.isError ? errorText(unfollow.error, t) : null}
          onConfirm={() => unfollow.mutate()}
          onClose={() => setConfirmUnfollow(false)}
        />
      )}
      {toast.element}
    </div>
  );
}
