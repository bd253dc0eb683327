import type { PipelineAnalytics } from '../../../api/client';
import { useI18n } from '../../../i18n/i18n';
import { useStageLabels } from '../hooks/useStageLabels';
import { formatDays, formatPercent } from '../utils/format';

/** The headline figures of the period: open companies, cycles started, won, win rate and time to a client. */
export function KpiTiles({ analytics }: { analytics: PipelineAnalytics | undefined }) {
  const { t, tag, formatNumber, formatDate } = useI18n();
  const stages = useStageLabels();
  const a = analytics;
  // Open: being worked on, so not won, lost or on hold.
  const open = a?.distribution.stages.filter((s) => !stages.isEnd(s.stage)).reduce((sum, s) => sum + s.count, 0);
  const toWon = a?.velocity.find((v) => stages.outcome(v.stage) === 'won');
  const tiles = [
    { key: 'open', label: t('dashboard.kpi.open'), value: open === undefined ? '' : formatNumber(open), sub: a ? t('dashboard.kpi.openSub', { date: formatDate(a.distribution.at) }) : '' },
    { key: 'started', label: t('dashboard.kpi.started'), value: a ? formatNumber(a.funnel.total.started) : '', sub: t('dashboard.kpi.startedSub') },
    {
      key: 'won',
      label: t('dashboard.kpi.won'),
      value: a ? formatNumber(a.winRate.total.won) : '',
      sub: t('dashboard.kpi.wonSub'),
    },
    { key: 'win-rate', label: t('dashboard.kpi.winRate'), value: a ? formatPercent(a.winRate.total.rate, tag) : '', sub: a ? t('dashboard.kpi.winRateSub', { count: formatNumber(a.winRate.total.won + a.winRate.total.lost) }) : '' },
    { key: 'to-won', label: t('dashboard.kpi.toWon'), value: toWon ? formatDays(toWon.medianDays, tag) : '', sub: t('dashboard.kpi.toWonSub') },
  ];
  return (
    <dl className="kpis">
      {tiles.map((tile) => (
        <div key={tile.key} className={`kpi kpi-${tile.key}`} data-kpi={tile.key}>
          <dt>{tile.label}</dt>
          <dd className="kpi-value">{tile.value || '\u00a0'}</dd>
          <dd className="kpi-sub">{tile.sub}</dd>
        </div>
      ))}
    </dl>
  );
}
