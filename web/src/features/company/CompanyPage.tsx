import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { Link, useParams } from 'react-router';
import { api, ApiError, type CompanyDetail } from '../../api/client';
import { NotFoundPage } from '../../shared/NotFoundPage';
import { useI18n } from '../../i18n/i18n';
import { useUsers } from '../../shared/queries';
import { HotnessMeter } from '../../shared/HotnessMeter';
import { NoAgenciesBadge } from '../../shared/NoAgenciesBadge';
import { useToast } from '../../shared/useToast';
import './company.css';
import { ActivityForms } from './components/ActivityForms';
import { DealPanel } from './components/DealPanel';
import { Contacts } from './components/Contacts';
import { Reminders } from './components/Reminders';
import { StatusSelector } from './components/StatusSelector';
import { Timeline } from './components/Timeline';
import { errorText } from '../../shared/error-text';

// The hiring panel brings the chart library; it loads after the page itself.
const HiringPanel = lazy(() => import('../hiring/HiringPanel').then((m) => ({ default: m.HiringPanel })));

export function CompanyPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const toast = useToast();
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
          <p className="meta">{[g.industry, g.location, g.employeeCount !== null ? t('board.employees', { count: g.employeeCount }) : null].filter(Boolean).join(' · ')}</p>
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
          </p>
        </div>
        <div className="header-stat">
          <span className="stat-label">{t('discovery.hotness')}</span>
          <HotnessMeter hotness={g.hotness} size="large" />
        </div>
        <StatusSelector company={company.data} onChanged={(text) => toast.show(text)} />
      </header>
      <div className="company-body">
        <div className="company-side">
          <section className="card">
            <label>
              {t('company.owner')}
              <select value={company.data.ownerId ?? ''} onChange={(e) => patch.mutate({ ownerId: e.target.value || null })}>
                <option value="">—</option>
                {users.data?.map((u) => (
                  <option key={u.id} value={u.id}>
                    {u.name}
                  </option>
                ))}
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
        </div>
        <section className="card timeline-card">
          <ActivityForms companyId={id} noAgencies={g.noAgencies} onSaved={(text) => toast.show(text)} onFailed={(text) => toast.show(text, 'error')} />
          <h2>{t('company.timeline')}</h2>
          <Timeline companyId={id} pipeline={company.data.pipeline} />
        </section>
      </div>
      <Suspense fallback={null}>
        <HiringPanel globalCompanyId={g.id} />
      </Suspense>
      {toast.element}
    </div>
  );
}
