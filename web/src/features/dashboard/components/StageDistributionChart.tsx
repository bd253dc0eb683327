import { Bar, BarChart, CartesianGrid, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import type { PipelineAnalytics } from '../../../api/client';
import { useI18n } from '../../../i18n/i18n';
import { useElementWidth } from '../hooks/useElementWidth';
import { useStageLabels } from '../hooks/useStageLabels';
import { labelLayout } from '../utils/category-labels';
import { axisHeight, CategoryTick } from './CategoryTick';
import { ChartTooltip } from './ChartTooltip';
import { colouredBar } from './coloured-bar';

interface Point {
  stage: string;
  name: string;
  color: string;
  count: number;
}

/** Followed companies per stage at the end of the period, each bar in its stage's colour. */
export function StageDistributionChart({ distribution }: { distribution: PipelineAnalytics['distribution'] }) {
  const { t, formatNumber } = useI18n();
  const stages = useStageLabels();
  const data: Point[] = distribution.stages.map((s) => ({ stage: s.stage, name: stages.name(s.stage), color: stages.color(s.stage), count: s.count }));
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const band = (width - 40) / Math.max(1, data.length);
  const layout = labelLayout(data.map((p) => p.name), band);
  return (
    <div className="dashboard-chart" ref={ref} role="img" aria-label={data.map((p) => `${p.name}: ${formatNumber(p.count)}`).join(', ')}>
      <BarChart responsive style={{ width: '100%', height: 240 }} data={data} margin={{ top: 20, right: 8, left: 0, bottom: 0 }}>
        <CartesianGrid vertical={false} stroke="#eef0f3" />
        <XAxis dataKey="name" tickLine={false} axisLine={{ stroke: '#d1d5db' }} interval={0} height={axisHeight(layout)} tick={<CategoryTick layout={layout} bandPx={band} />} />
        <YAxis allowDecimals={false} width={32} tickLine={false} axisLine={false} tick={{ fontSize: 11, fill: '#6b7280' }} />
        <Tooltip
          cursor={{ fill: '#f3f4f6' }}
          isAnimationActive={false}
          content={({ active, payload }) => {
            const point = payload?.[0]?.payload as Point | undefined;
            if (!active || !point) return null;
            return <ChartTooltip title={point.name} lines={[t('dashboard.companies', { count: formatNumber(point.count) })]} />;
          }}
        />
        <Bar dataKey="count" radius={[4, 4, 0, 0]} maxBarSize={56} isAnimationActive={false} shape={colouredBar}>
          <LabelList dataKey="count" position="top" style={{ fontSize: 12, fontWeight: 600, fill: '#374151' }} />
        </Bar>
      </BarChart>
    </div>
  );
}
