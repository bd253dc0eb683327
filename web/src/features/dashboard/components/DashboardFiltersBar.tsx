import type { Me } from '../../../api/client';
import { useI18n } from '../../../i18n/i18n';
import { useUsers } from '../../../shared/queries';
import type { DashboardPipeline } from '../hooks/useStageLabels';
import { customFrom, PERIODS, type DashboardFilters, type PeriodChoice } from '../utils/dashboard-filters';
import { UserOptions } from '../../../shared/UserOptions';

export interface DashboardFiltersBarProps {
  me: Me;
  filters: DashboardFilters;
  onChange(changes: Partial<DashboardFilters>): void;
  /** The agency's pipelines, and the one shown. */
  pipelines: DashboardPipeline[] | undefined;
  pipeline: DashboardPipeline | undefined;
}

/** Which pipeline, the period (presets or from–to) and whose companies: everyone, me, or a colleague. */
export function DashboardFiltersBar({ me, filters, onChange, pipelines, pipeline }: DashboardFiltersBarProps) {
  const { t, locale } = useI18n();
  const users = useUsers();
  const choose = (period: PeriodChoice) => onChange(period === 'custom' ? { period, ...customFrom(filters, new Date()) } : { period, from: '', to: '' });
  const today = new Date().toISOString().slice(0, 10);
  return (
    <div className="filters dashboard-filters" role="group" aria-label={t('dashboard.filters')}>
      <label className="pipeline-choice">
        <span>{t('dashboard.pipeline')}</span>
        {/* The default pipeline is '' in the URL, so a shared link follows the agency's default. */}
        <select value={pipeline?.id ?? ''} disabled={!pipelines || pipelines.length < 2} onChange={(e) => onChange({ pipeline: pipelines?.find((p) => p.id === e.target.value)?.isDefault ? '' : e.target.value })}>
          {!pipeline && <option value="">{t('common.loading')}</option>}
          {pipelines?.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name[locale]}
            </option>
          ))}
        </select>
      </label>
      <div className="segmented" role="group" aria-label={t('dashboard.period')}>
        {PERIODS.map((period) => (
          <button key={period} type="button" aria-pressed={filters.period === period} onClick={() => choose(period)}>
            {t(`dashboard.period.${period}`)}
          </button>
        ))}
      </div>
      {filters.period === 'custom' && (
        <div className="date-range">
          <label>
            <span>{t('dashboard.from')}</span>
            <input type="date" value={filters.from} max={filters.to || today} onChange={(e) => onChange({ from: e.target.value })} />
          </label>
          <label>
            <span>{t('dashboard.to')}</span>
            <input type="date" value={filters.to} min={filters.from || undefined} onChange={(e) => onChange({ to: e.target.value })} />
          </label>
        </div>
      )}
      <label className="owner-choice">
        <span>{t('dashboard.owner')}</span>
        <select value={filters.owner} onChange={(e) => onChange({ owner: e.target.value })}>
          <option value="">{t('dashboard.owner.all')}</option>
          <option value="me">{t('dashboard.owner.me')}</option>
          <UserOptions users={users.data ?? []} current={filters.owner} exclude={me.id} />
        </select>
      </label>
    </div>
  );
}
