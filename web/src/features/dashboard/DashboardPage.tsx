import './dashboard.css';
import { useSearchParams } from 'react-router';
import type { Me } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { ChartCard } from './components/ChartCard';
import { DashboardFiltersBar } from './components/DashboardFiltersBar';
import { DurationsChart } from './components/DurationsChart';
import { FunnelChart } from './components/FunnelChart';
import { KpiTiles } from './components/KpiTiles';
import { LossReasonsChart } from './components/LossReasonsChart';
import { RemindersList } from './components/RemindersList';
import { ForecastChart } from './components/ForecastChart';
import { FollowUpsList, MeetingsList, ProspectsList, StaleList } from './components/RoutineLists';
import { StageDistributionChart } from './components/StageDistributionChart';
import { TeamActivityCard } from './components/TeamActivityCard';
import { VelocityHeadline } from './components/VelocityHeadline';
import { WinRateChart } from './components/WinRateChart';
import { useForecast, usePipelineAnalytics, usePipelines, useRoutine, useTeamActivity } from './hooks/useDashboard';
import { DashboardPipelineContext } from './hooks/useStageLabels';
import { apiPeriod, chosenPipeline, filtersFrom, ownerIdOf, routineOwnerOf, toSearchParams, type DashboardFilters } from './utils/dashboard-filters';
import { errorText } from '../../shared/error-text';

/**
 * Pipeline insights (SPEC R6.3, R9.6, R10.6): how one pipeline is spread,
 * converts and moves, win rate and loss reasons, its value forecast, the
 * team's activity, and today's work in it. Pipeline, period, owner and the
 * team view's own period live in the URL; stage names and colours come from
 * the chosen pipeline.
 */
export function DashboardPage({ me }: { me: Me }) {
  const { t, formatDate, formatNumber } = useI18n();
  const [params, setParams] = useSearchParams();
  const filters = filtersFrom(params);
  // From the address bar, not the rendered params: a navigation may not have rendered yet when the next change comes.
  const change = (changes: Partial<DashboardFilters>) => setParams(toSearchParams({ ...filtersFrom(new URLSearchParams(window.location.search)), ...changes }), { replace: true });
  const now = new Date();
  const resolved = apiPeriod(filters, now);
  const period = 'period' in resolved ? resolved.period : null;
  const ownerId = ownerIdOf(filters, me.id);
  const pipelines = usePipelines();
  const pipeline = chosenPipeline(pipelines.data, filters);
  const analytics = usePipelineAnalytics(period, ownerId, pipeline?.id);
  const forecast = useForecast(pipeline?.id, ownerId);
  const team = useTeamActivity(filters.teamDays);
  const routine = useRoutine(routineOwnerOf(filters, me), pipeline?.id);

  // Figures of another pipeline (kept while the next load) would be drawn with this one's stages.
  const a = period && analytics.data?.pipeline === pipeline?.id ? analytics.data : undefined;
  const f = forecast.data?.pipelineId === pipeline?.id ? forecast.data : undefined;
  const loading = !a;
  const shown = a && { from: formatDate(a.period.from), to: formatDate(new Date(new Date(a.period.to).getTime() - 1)) };
  const velocity = a?.velocity ?? [];

  return (
    <DashboardPipelineContext.Provider value={pipeline}>
      <div className="dashboard-page">
        <div className="toolbar">
          <h1>{t('dashboard.title')}</h1>
          {shown && <p className="meta period-range">{t('dashboard.range', shown)}</p>}
          {analytics.isFetching && <span className="spinner" aria-label={t('common.loading')} />}
        </div>
        <DashboardFiltersBar me={me} filters={filters} onChange={change} pipelines={pipelines.data} pipeline={pipeline} />
        {pipelines.isError && <p className="error">{errorText(pipelines.error, t)}</p>}
        {'problem' in resolved && <p className="notice period-problem">{t(`dashboard.periodProblem.${resolved.problem}`)}</p>}
        {analytics.isError && <p className="error">{errorText(analytics.error, t)}</p>}

        <KpiTiles analytics={a} />
        <div className="dashboard-grid">
          <ChartCard
            chart="distribution"
            title={t('dashboard.distribution')}
            subtitle={a && t('dashboard.distributionSub', { date: formatDate(a.distribution.at) })}
            loading={loading}
            empty={a?.distribution.total === 0 && t('dashboard.distributionEmpty')}
          >
            {a && <StageDistributionChart distribution={a.distribution} />}
          </ChartCard>
          <ChartCard
            chart="funnel"
            title={t('dashboard.funnel')}
            subtitle={a && t('dashboard.funnelSub', { count: formatNumber(a.funnel.total.started) })}
            loading={loading}
            empty={a?.funnel.total.started === 0 && t('dashboard.funnelEmpty')}
          >
            {a && <FunnelChart funnel={a.funnel.total} />}
          </ChartCard>
          <ChartCard
            chart="win-rate"
            title={t('dashboard.winRate')}
            subtitle={t('dashboard.winRateSub')}
            loading={loading}
            empty={a && a.winRate.total.won + a.winRate.total.lost === 0 && t('dashboard.winRateEmpty')}
          >
            {a && <WinRateChart byMonth={a.winRate.byMonth} />}
          </ChartCard>
          <ChartCard
            chart="loss-reasons"
            title={t('dashboard.lossReasons')}
            subtitle={a && t('dashboard.lossReasonsSub', { count: formatNumber(a.lossReasons.total.lost) })}
            loading={loading}
            empty={a?.lossReasons.total.lost === 0 && t('dashboard.lossReasonsEmpty')}
          >
            {a && <LossReasonsChart lossReasons={a.lossReasons} />}
          </ChartCard>
          <ChartCard
            chart="time-in-stage"
            title={t('dashboard.timeInStage')}
            subtitle={t('dashboard.timeInStageSub')}
            loading={loading}
            empty={a?.timeInStage.every((row) => row.count === 0) && t('dashboard.timeInStageEmpty')}
          >
            {a && <DurationsChart rows={a.timeInStage} label={(name) => name} countKey="dashboard.stays" />}
          </ChartCard>
          <ChartCard
            chart="velocity"
            title={t('dashboard.velocity')}
            subtitle={t('dashboard.velocitySub')}
            loading={loading}
            empty={a && velocity.every((row) => row.count === 0) && t('dashboard.velocityEmpty')}
          >
            <VelocityHeadline velocity={velocity} />
            <DurationsChart rows={velocity} label={(name) => t('dashboard.velocityTo', { stage: name })} countKey="dashboard.velocityCount" />
          </ChartCard>
          <ChartCard
            chart="forecast"
            className="wide"
            title={t('dashboard.forecast')}
            subtitle={t('dashboard.forecastSub')}
            loading={!f}
            height={220}
            empty={f?.total.value === 0 && t('dashboard.forecastEmpty')}
          >
            {f && <ForecastChart forecast={f} />}
          </ChartCard>
        </div>

        <TeamActivityCard
          team={team.data}
          days={filters.teamDays}
          onDaysChange={(teamDays) => change({ teamDays })}
          updating={team.isPlaceholderData}
          endsBeforeToday={!!period?.to && new Date(period.to).getTime() <= now.getTime()}
          error={team.isError ? errorText(team.error, t) : undefined}
        />

        <h2 className="section-title">{t('routine.title')}</h2>
        {routine.isError && <p className="error">{errorText(routine.error, t)}</p>}
        <div className="routine-grid">
          <RemindersList reminders={routine.data?.reminders} />
          <MeetingsList meetings={routine.data?.meetings} />
          <FollowUpsList followUps={routine.data?.followUps} />
          <StaleList stale={routine.data?.stale} />
          <ProspectsList prospects={routine.data?.prospects} />
        </div>
      </div>
    </DashboardPipelineContext.Provider>
  );
}
