import { Bar, BarChart, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import type { PipelineAnalytics } from '../../../api/client';
import { useI18n } from '../../../i18n/i18n';
import { useStageLabels } from '../hooks/useStageLabels';
import { formatPercent } from '../utils/format';
import { ChartTooltip } from './ChartTooltip';
import { colouredBar } from './coloured-bar';

type Step = PipelineAnalytics['funnel']['total']['steps'][number];

interface Point extends Step {
  name: string;
  color: string;
  label: string;
}

/**
 * Prospect → Contacted → Meeting → Won for the cycles started in the
 * period: a bar per step with its share of the started cycles, then the
 * drop-off between each two steps.
 */
export function FunnelChart({ funnel }: { funnel: PipelineAnalytics['funnel']['total'] }) {
  const { t, tag, formatNumber } = useI18n();
  const stages = useStageLabels();
  const data: Point[] = funnel.steps.map((step) => ({
    ...step,
    name: stages.name(step.stage),
    color: stages.color(step.stage),
    label: `${formatNumber(step.reached)} · ${formatPercent(step.ofStarted, tag)}`,
  }));
  const drops = data.slice(1).map((step, index) => ({ from: data[index]!, to: step }));
  return (
    <div className="funnel">
      <div className="dashboard-chart" role="img" aria-label={data.map((p) => `${p.name}: ${p.label}`).join(', ')}>
        <BarChart responsive layout="vertical" data={data} style={{ width: '100%', height: data.length * 40 + 8 }} margin={{ top: 4, right: 96, left: 0, bottom: 4 }} barCategoryGap={7}>
          <XAxis type="number" hide domain={[0, 'dataMax']} />
          <YAxis type="category" dataKey="name" width={118} tickLine={false} axisLine={false} interval={0} tick={{ fontSize: 12, fill: '#374151' }} />
          <Tooltip
            cursor={{ fill: '#f3f4f6' }}
            isAnimationActive={false}
            content={({ active, payload }) => {
              const point = payload?.[0]?.payload as Point | undefined;
              if (!active || !point) return null;
              return (
                <ChartTooltip
                  title={point.name}
                  lines={[
                    t('dashboard.funnelReached', { count: formatNumber(point.reached) }),
                    t('dashboard.funnelOfStarted', { percent: formatPercent(point.ofStarted, tag) }),
                    point.conversion !== null && t('dashboard.funnelConversion', { percent: formatPercent(point.conversion, tag) }),
                  ]}
                />
              );
            }}
          />
          <Bar dataKey="reached" radius={[0, 4, 4, 0]} isAnimationActive={false} shape={colouredBar} minPointSize={2}>
            <LabelList dataKey="label" position="right" style={{ fontSize: 12, fill: '#374151', fontVariantNumeric: 'tabular-nums' }} />
          </Bar>
        </BarChart>
      </div>
      <ol className="funnel-drops">
        {drops.map(({ from, to }) => (
          <li key={to.stage}>
            <span className="funnel-drop-steps">{t('dashboard.funnelDrop', { from: from.name, to: to.name })}</span>
            <span className={`funnel-drop-value${to.dropOff > 0 ? ' loses' : ''}`}>
              {to.dropOff > 0 ? '▼ ' : ''}
              {t('dashboard.funnelDropValue', {
                percent: formatPercent(to.conversion === null ? null : 1 - to.conversion, tag),
                count: formatNumber(to.dropOff),
              })}
            </span>
          </li>
        ))}
      </ol>
    </div>
  );
}
