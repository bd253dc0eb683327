import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import type { PipelineAnalytics } from '../../../api/client';
import { useI18n } from '../../../i18n/i18n';
import { useLossReasons } from '../../../shared/queries';
import { OTHER_REASON_COLOR, REASON_COLORS } from '../utils/colors';
import { formatPercent, quarterMonths, quarterParts } from '../utils/format';
import { ChartTooltip } from './ChartTooltip';

type LossReasons = PipelineAnalytics['lossReasons'];

/**
 * Losses per quarter stacked by reason, with a legend of the reasons in the
 * user's language; free-text reasons arrive grouped as `other`.
 */
export function LossReasonsChart({ lossReasons }: { lossReasons: LossReasons }) {
  const { t, tag, locale, formatNumber } = useI18n();
  const labels = useLossReasons();
  const labelOf = (reason: string) => (reason === 'other' ? t('dashboard.lossOther') : (labels.data?.find((r) => r.key === reason)?.label[locale] ?? reason));
  // Only the reasons given in the period, in the order the Lost dialog offers them, `other` last.
  const series = lossReasons.total.reasons
    .map((r, index) => ({ ...r, color: r.reason === 'other' ? OTHER_REASON_COLOR : REASON_COLORS[index % REASON_COLORS.length]! }))
    .filter((r) => r.count > 0);
  const data = lossReasons.byQuarter.map((q) => ({
    quarter: q.quarter,
    lost: q.lost,
    ...Object.fromEntries(q.reasons.map((r) => [r.reason, r.count])),
  }));
  const quarterLabel = (quarter: string) => t('dashboard.quarter', quarterParts(quarter));
  const summary = series.map((s) => `${labelOf(s.reason)}: ${formatNumber(s.count)}`).join(', ');
  return (
    <div className="dashboard-chart">
      <div role="img" aria-label={summary}>
        <BarChart responsive data={data} style={{ width: '100%', height: 240 }} margin={{ top: 8, right: 8, left: 0, bottom: 0 }}>
          <CartesianGrid vertical={false} stroke="#eef0f3" />
          <XAxis dataKey="quarter" tickLine={false} axisLine={{ stroke: '#d1d5db' }} tick={{ fontSize: 12, fill: '#374151' }} tickFormatter={quarterLabel} interval={0} />
          <YAxis allowDecimals={false} width={32} tickLine={false} axisLine={false} tick={{ fontSize: 11, fill: '#6b7280' }} />
          <Tooltip
            cursor={{ fill: '#f3f4f6' }}
            isAnimationActive={false}
            content={({ active, label }) => {
              const quarter = lossReasons.byQuarter.find((q) => q.quarter === label);
              if (!active || !quarter) return null;
              return (
                <ChartTooltip
                  title={`${quarterLabel(quarter.quarter)} · ${quarterMonths(quarter.quarter, tag)}`}
                  lines={[
                    `${t('dashboard.lostCount')}: ${formatNumber(quarter.lost)}`,
                    ...quarter.reasons.filter((r) => r.count > 0).map((r) => `${labelOf(r.reason)}: ${formatNumber(r.count)} (${formatPercent(r.share, tag)})`),
                  ]}
                />
              );
            }}
          />
          {series.map((s, index) => (
            <Bar
              key={s.reason}
              dataKey={s.reason}
              name={labelOf(s.reason)}
              stackId="lost"
              fill={s.color}
              maxBarSize={56}
              radius={index === series.length - 1 ? [4, 4, 0, 0] : 0}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      </div>
      <ul className="chart-legend reasons">
        {series.map((s) => (
          <li key={s.reason}>
            <span className="swatch" style={{ background: s.color }} />
            <span className="legend-label">{labelOf(s.reason)}</span>
            <span className="legend-value">
              {formatNumber(s.count)} · {formatPercent(s.share, tag)}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
