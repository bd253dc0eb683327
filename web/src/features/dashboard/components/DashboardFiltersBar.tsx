import type { Me } from '../../../api/client';
import { useI18n } from '../../../i18n/i18n';
import { useUsers } from '../../../shared/queries';
import { customFrom, PERIODS, type DashboardFilters, type PeriodChoice } from '../utils/dashboard-filters';

export interface DashboardFiltersBarProps {
  me: Me;
  filters: DashboardFilters;
  onChange(changes: Partial<DashboardFilters>): void;
}

/** The period (presets or from–to) and whose companies: everyone, me, or a colleague. */
export function DashboardFiltersBar({ me, filters, onChange }: DashboardFiltersBarProps) {
  const { t } = useI18n();
  const users = useUsers();
  const choose = (period: PeriodChoice) => onChange(period === 'custom' ? { period, ...customFrom(filters, new Date()) } : { period, from: '', to: '' });
  const today = new Date().toISOString().slice(0, 10);
  return (
    <div className="filters dashboard-filters" role="group" aria-label={t('dashboard.filters')}>
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
          {users.data
            ?.filter((user) => user.id !== me.id)
            .map((user) => (
              <option key={user.id} value={user.id}>
                {user.name}
              </option>
            ))}
        </select>
      </label>
    </div>
  );
}
