import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { useI18n } from '../../../i18n/i18n';
import { monthLabel, showsYear } from '../../hiring/utils/months';
import type { Forecast } from '../hooks/useDashboard';
import { formatMoney } from '../utils/format';
import { ChartTooltip } from './ChartTooltip';

type Month = Forecast['months'][number];

const UNWEIGHTED = '#bfdbfe';
const WEIGHTED = '#2563eb';

/**
 * The value forecast (SPEC R10.6): per month of expected close, the open
 * records' value as is (light) beside the value weighted by their stage's
 * probability (solid); then what falls outside the months: late, later and
 * without a date.
 */
export function ForecastChart({ forecast }: { forecast: Forecast }) {
  const { t, tag, formatNumber } = useI18n();
  const money = (value: number, compact = false) => formatMoney(value, tag, compact);
  const summary = forecast.months
    .map((m) => `${monthLabel(m.month, tag, 'long')}: ${t('dashboard.forecastPair', { weighted: money(m.weighted), value: money(m.value) })}`)
    .join(', ');
  const outside = [
    { key: 'overdue', bucket: forecast.overdue },
    { key: 'later', bucket: forecast.later },
    { key: 'undated', bucket: forecast.undated },
  ] as const;
  return (
    <div className="dashboard-chart">
      <div role="img" aria-label={summary}>
        <BarChart responsive data={forecast.months} style={{ width: '100%', height: 220 }} margin={{ top: 10, right: 4, left: 0, bottom: 0 }} barGap={2}>
          <CartesianGrid vertical={false} stroke="#eef0f3" />
          <XAxis
            dataKey="month"
            tickLine={false}
            axisLine={{ stroke: '#d1d5db' }}
            tick={{ fontSize: 11, fill: '#6b7280' }}
            tickFormatter={(month: string, index: number) => monthLabel(month, tag, 'short', showsYear(month, index))}
            interval={0}
          />
          <YAxis width={56} tickLine={false} axisLine={false} tick={{ fontSize: 11, fill: '#6b7280' }} tickFormatter={(value: number) => money(value, true)} />
          <Tooltip
            cursor={{ fill: '#f3f4f6' }}
            isAnimationActive={false}
            content={({ active, payload }) => {
              const point = payload?.[0]?.payload as Month | undefined;
              if (!active || !point) return null;
              return (
                <ChartTooltip
                  title={monthLabel(point.month, tag, 'long')}
                  lines={[
                    `${t('dashboard.forecastWeighted')}: ${money(point.weighted)}`,
                    `${t('dashboard.forecastValue')}: ${money(point.value)}`,
                    t('dashboard.forecastRecords', { count: formatNumber(point.count) }),
                  ]}
                />
              );
            }}
          />
          <Bar dataKey="value" name={t('dashboard.forecastValue')} fill={UNWEIGHTED} radius={[3, 3, 0, 0]} maxBarSize={22} isAnimationActive={false} />
          <Bar dataKey="weighted" name={t('dashboard.forecastWeighted')} fill={WEIGHTED} radius={[3, 3, 0, 0]} maxBarSize={22} isAnimationActive={false} />
        </BarChart>
      </div>
      <ul className="chart-legend" aria-hidden="true">
        <li>
          <span className="swatch" style={{ background: WEIGHTED }} />
          {t('dashboard.forecastWeighted')}
        </li>
        <li>
          <span className="swatch" style={{ background: UNWEIGHTED }} />
          {t('dashboard.forecastValue')}
        </li>
      </ul>
      <dl className="forecast-outside">
        {outside.map(({ key, bucket }) => (
          <div key={key} data-bucket={key}>
            <dt>{t(`dashboard.forecast.${key}`)}</dt>
            <dd>
              <span className="forecast-weighted">{money(bucket.weighted)}</span>
              <span className="meta">{t('dashboard.forecastOf', { value: money(bucket.value), count: formatNumber(bucket.count) })}</span>
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
