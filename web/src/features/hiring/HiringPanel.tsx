import { useI18n } from '../../i18n/i18n';
import { DecisionMakers } from './components/DecisionMakers';
import { HiringTrendChart } from './components/HiringTrendChart';
import { JobsList } from './components/JobsList';
import { SkillsProfile } from './components/SkillsProfile';
import { useCompanyHiring } from './hooks/useHiring';
import { errorText } from '../../shared/error-text';

/**
 * What a shared company's jobs say (SPEC R5.4, R5.5): postings per month,
 * the skills it asks for, its jobs and the people to approach. Used by the
 * discovery detail and the agency's company page alike.
 */
export function HiringPanel({ globalCompanyId, companyId }: { globalCompanyId: string; /** The agency's company when it follows this one: its decision makers can become contacts. */ companyId?: string | undefined }) {
  const { t, formatNumber } = useI18n();
  const hiring = useCompanyHiring(globalCompanyId);
  return (
    <div className="hiring-panel">
      <div className="hiring-main">
        <section className="card hiring-card" aria-labelledby="hiring-trend-title">
          <header className="card-head">
            <h2 id="hiring-trend-title">{t('hiring.trend')}</h2>
            {hiring.data && (
              <p className="meta">
                {t('hiring.counts', { open: formatNumber(hiring.data.openJobs), total: formatNumber(hiring.data.totalJobs) })}
              </p>
            )}
          </header>
          {hiring.isError && <p className="error">{errorText(hiring.error, t)}</p>}
          {hiring.data ? <HiringTrendChart trend={hiring.data.trend} /> : <div className="chart-placeholder" />}
        </section>
        <section className="card jobs-card" aria-labelledby="jobs-title">
          <header className="card-head">
            <h2 id="jobs-title">{t('hiring.jobs')}</h2>
          </header>
          <JobsList globalCompanyId={globalCompanyId} openJobs={hiring.data?.openJobs} totalJobs={hiring.data?.totalJobs} companyId={companyId} />
        </section>
      </div>
      <div className="hiring-side">
        <section className="card skills-card" aria-labelledby="skills-title">
          <header className="card-head">
            <h2 id="skills-title">{t('hiring.skills')}</h2>
            <p className="meta">{t('hiring.skillsPeriod')}</p>
          </header>
          {hiring.data && <SkillsProfile skills={hiring.data.skills} />}
        </section>
        <section className="card people-card" aria-labelledby="people-title">
          <header className="card-head">
            <h2 id="people-title">{t('people.title')}</h2>
            <p className="meta">{t('people.subtitle')}</p>
          </header>
          <DecisionMakers globalCompanyId={globalCompanyId} companyId={companyId} />
        </section>
      </div>
    </div>
  );
}
