import { Bar, CartesianGrid, ComposedChart, Line, Tooltip, XAxis, YAxis } from 'recharts';
import type { PipelineAnalytics } from '../../../api/client';
import { useI18n } from '../../../i18n/i18n';
import { monthLabel, showsYear } from '../../hiring/utils/months';
import { useStageLabels } from '../hooks/useStageLabels';
import { tint } from '../utils/colors';
import { formatPercent } from '../utils/format';
import { ChartTooltip } from './ChartTooltip';

type Month = PipelineAnalytics['winRate']['byMonth'][number];

const LINE = '#2563eb';

/** The win rate per month as a line (0–100 %), over light bars of the companies won and lost that month. */
export function WinRateChart({ byMonth }: { byMonth: Month[] }) {
  const { t, tag, formatNumber } = useI18n();
  const stages = useStageLabels();
  // The colours of the pipeline's won and lost stages, whatever they are called.
  const winning = stages.withOutcome('won') ?? '';
  const losing = stages.withOutcome('lost') ?? '';
  const won = tint(stages.color(winning), 0.45);
  const lost = tint(stages.color(losing), 0.4);
  const summary = byMonth.map((m) => `${monthLabel(m.month, tag, 'long')}: ${formatPercent(m.rate, tag)}`).join(', ');
  return (
    <div className="dashboard-chart">
      <div role="img" aria-label={summary}>
        <ComposedChart responsive data={byMonth} style={{ width: '100%', height: 240 }} margin={{ top: 10, right: 4, left: 0, bottom: 0 }} barGap={1}>
          <CartesianGrid vertical={false} stroke="#eef0f3" />
          <XAxis
            dataKey="month"
            tickLine={false}
            axisLine={{ stroke: '#d1d5db' }}
            tick={{ fontSize: 11, fill: '#6b7280' }}
            tickFormatter={(month: string, index: number) => monthLabel(month, tag, 'short', byMonth.length > 1 && showsYear(month, index))}
            interval="preserveStartEnd"
            minTickGap={4}
          />
          <YAxis
            yAxisId="rate"
            domain={[0, 1]}
            ticks={[0, 0.25, 0.5, 0.75, 1]}
            width={44}
            tickLine={false}
            axisLine={false}
            tick={{ fontSize: 11, fill: '#6b7280' }}
            tickFormatter={(value: number) => formatPercent(value, tag)}
          />
          <YAxis yAxisId="count" orientation="right" allowDecimals={false} width={28} tickLine={false} axisLine={false} tick={{ fontSize: 11, fill: '#9ca3af' }} />
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
                    `${t('dashboard.winRateLine')}: ${formatPercent(point.rate, tag)}`,
                    t('dashboard.winRateTooltip', { won: formatNumber(point.won), lost: formatNumber(point.lost) }),
                  ]}
                />
              );
            }}
          />
          <Bar yAxisId="count" dataKey="won" name={t('dashboard.wonCount')} fill={won} radius={[3, 3, 0, 0]} maxBarSize={14} isAnimationActive={false} />
          <Bar yAxisId="count" dataKey="lost" name={t('dashboard.lostCount')} fill={lost} radius={[3, 3, 0, 0]} maxBarSize={14} isAnimationActive={false} />
          <Line
            yAxisId="rate"
            dataKey="rate"
            name={t('dashboard.winRateLine')}
            type="monotone"
            stroke={LINE}
            strokeWidth={2.5}
            dot={{ r: 3.5, fill: LINE, strokeWidth: 0 }}
            activeDot={{ r: 5 }}
            connectNulls
            isAnimationActive={false}
          />
        </ComposedChart>
      </div>
      <ul className="chart-legend" aria-hidden="true">
        <li>
          <span className="swatch line" style={{ background: LINE }} />
          {t('dashboard.winRateLine')}
        </li>
        <li>
          <span className="swatch" style={{ background: won }} />
          {t('dashboard.wonCount')}
        </li>
        <li>
          <span className="swatch" style={{ background: lost }} />
          {t('dashboard.lostCount')}
        </li>
      </ul>
    </div>
  );
}
