import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import type { PipelineAnalytics } from '../../../api/client';
import { useI18n } from '../../../i18n/i18n';
import type { MessageKey } from '../../../i18n/messages';
import { useElementWidth } from '../hooks/useElementWidth';
import { useStageLabels } from '../hooks/useStageLabels';
import { labelLayout } from '../utils/category-labels';
import { tint } from '../utils/colors';
import { formatDays } from '../utils/format';
import { axisHeight, CategoryTick } from './CategoryTick';
import { ChartTooltip } from './ChartTooltip';
import { barFilledBy } from './coloured-bar';

type Durations = PipelineAnalytics['timeInStage'][number];

interface Point {
  stage: string;
  name: string;
  median: number | null;
  p75: number | null;
  count: number;
  color: string;
  light: string;
}

export interface DurationsChartProps {
  rows: Durations[];
  /** The category label for a stage, e.g. its name or "To Meeting". */
  label(stageName: string): string;
  /** What a row counts, for the tooltip: stays or cycles. */
  countKey: MessageKey;
}

const median = barFilledBy('color');
const p75 = barFilledBy('light');

/** Median and 75th percentile in days per stage, as pairs of bars in the stage's colour (p75 lighter). */
export function DurationsChart({ rows, label, countKey }: DurationsChartProps) {
  const { t, tag, formatNumber } = useI18n();
  const stages = useStageLabels();
  const data: Point[] = rows.map((row) => {
    const color = stages.color(row.stage);
    return {
      stage: row.stage,
      name: label(stages.name(row.stage)),
      median: row.medianDays,
      p75: row.p75Days,
      count: row.count,
      color,
      light: tint(color, 0.4),
    };
  });
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const band = (width - 44) / Math.max(1, data.length);
  const layout = labelLayout(data.map((p) => p.name), band);
  const days = (value: unknown) => (typeof value === 'number' ? t('dashboard.days', { days: formatDays(value, tag) }) : '–');
  return (
    <div className="dashboard-chart" ref={ref}>
      <div role="img" aria-label={data.map((p) => `${p.name}: ${t('dashboard.median')} ${days(p.median)}, ${t('dashboard.p75')} ${days(p.p75)}`).join('; ')}>
        <BarChart responsive data={data} style={{ width: '100%', height: 220 }} margin={{ top: 8, right: 8, left: 0, bottom: 0 }} barGap={3}>
          <CartesianGrid vertical={false} stroke="#eef0f3" />
          <XAxis dataKey="name" tickLine={false} axisLine={{ stroke: '#d1d5db' }} interval={0} height={axisHeight(layout)} tick={<CategoryTick layout={layout} bandPx={band} />} />
          <YAxis width={36} tickLine={false} axisLine={false} tick={{ fontSize: 11, fill: '#6b7280' }} tickFormatter={(v: number) => formatDays(v, tag)} />
          <Tooltip
            cursor={{ fill: '#f3f4f6' }}
            isAnimationActive={false}
            content={({ active, payload }) => {
              const point = payload?.[0]?.payload as Point | undefined;
              if (!active || !point) return null;
              return (
                <ChartTooltip
                  title={point.name}
                  lines={[`${t('dashboard.median')}: ${days(point.median)}`, `${t('dashboard.p75')}: ${days(point.p75)}`, t(countKey, { count: formatNumber(point.count) })]}
                />
              );
            }}
          />
          <Bar dataKey="median" name={t('dashboard.median')} radius={[4, 4, 0, 0]} maxBarSize={34} isAnimationActive={false} shape={median} />
          <Bar dataKey="p75" name={t('dashboard.p75')} radius={[4, 4, 0, 0]} maxBarSize={34} isAnimationActive={false} shape={p75} />
        </BarChart>
      </div>
      <ul className="chart-legend" aria-hidden="true">
        <li>
          <span className="swatch" style={{ background: '#4b5563' }} />
          {t('dashboard.median')}
        </li>
        <li>
          <span className="swatch" style={{ background: '#c9cdd3' }} />
          {t('dashboard.p75')}
        </li>
      </ul>
    </div>
  );
}
