import { Bar, BarChart, CartesianGrid, ComposedChart, LabelList, Legend, Line, Tooltip, XAxis, YAxis } from 'recharts';
import type { DossierReport } from '../../../api/client';
import { useI18n } from '../../../i18n/i18n';
import { ChartCard } from '../../dashboard/components/ChartCard';
import { ChartTooltip } from '../../dashboard/components/ChartTooltip';
import { axisHeight, CategoryTick } from '../../dashboard/components/CategoryTick';
import { barFilledBy, colouredBar } from '../../dashboard/components/coloured-bar';
import { useElementWidth } from '../../dashboard/hooks/useElementWidth';
import { labelLayout } from '../../dashboard/utils/category-labels';
import { tint } from '../../dashboard/utils/colors';
import { monthLabel, showsYear } from '../../hiring/utils/months';
import '../../dashboard/dashboard.css';

const OWNER_COLOR = '#2563eb';
const FUNNEL = { leads: '#93c5fd', converted: '#2563eb', won: '#16a34a' } as const;

/** One bar of a count-and-value chart: a stage or an owner. */
interface Point {
  key: string;
  name: string;
  color: string;
  count: number;
  value: number;
}

/**
 * The overview's reports (SPEC R4.5), drawn with the dashboard's chart
 * pieces: count and value per stage (in the stage's colour) and per owner,
 * and lead → opportunity → won by month of the lead's creation.
 */
export function DossierReports({ report, stageColor }: { report: DossierReport; stageColor(stage: string): string }) {
  const { t, locale } = useI18n();
  const stages = report.byStage.map((row) => ({ key: row.stage, name: row.name[locale], color: stageColor(row.stage), count: row.count, value: row.value }));
  const owners = report.byOwner.map((row) => ({ key: row.ownerId ?? 'none', name: row.ownerName ?? t('dossiers.report.nobody'), color: OWNER_COLOR, count: row.count, value: row.value }));
  return (
    <div className="dossier-reports">
      <ChartCard chart="dossier-by-stage" title={t('dossiers.report.byStage')} empty={stages.length === 0 && t('dossiers.report.empty')}>
        <CountValueChart points={stages} />
      </ChartCard>
      <ChartCard chart="dossier-by-owner" title={t('dossiers.report.byOwner')} empty={owners.length === 0 && t('dossiers.report.empty')}>
        <CountValueChart points={owners} />
      </ChartCard>
      <ChartCard chart="dossier-conversion" title={t('dossiers.report.conversion')} empty={report.conversion.length === 0 && t('dossiers.report.empty')}>
        <ConversionChart months={report.conversion} />
      </ChartCard>
    </div>
  );
}

/** How many dossiers and how much value each bar holds: the count as the bar (its label on top), the value as a light bar of the same colour on its own axis (€). */
function CountValueChart({ points }: { points: Point[] }) {
  const { t, formatNumber } = useI18n();
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const band = (width - 96) / Math.max(1, points.length);
  const layout = labelLayout(
    points.map((point) => point.name),
    band,
  );
  const euros = (value: number) => `€ ${formatNumber(value)}`;
  // No value anywhere (nobody filled one in): the value bars and their axis would only repeat zero.
  const valued = points.some((point) => point.value > 0);
  const withTint = points.map((point) => ({ ...point, light: tint(point.color, 0.35) }));
  return (
    <div className="dashboard-chart" ref={ref} role="img" aria-label={points.map((point) => `${point.name}: ${formatNumber(point.count)}, ${euros(point.value)}`).join('; ')}>
      <BarChart responsive style={{ width: '100%', height: 260 }} data={withTint} margin={{ top: 20, right: 8, left: 0, bottom: 0 }} barGap={2}>
        <CartesianGrid vertical={false} stroke="#eef0f3" />
        <XAxis dataKey="name" tickLine={false} axisLine={{ stroke: '#d1d5db' }} interval={0} height={axisHeight(layout)} tick={<CategoryTick layout={layout} bandPx={band} />} />
        <YAxis yAxisId="count" allowDecimals={false} width={32} tickLine={false} axisLine={false} tick={{ fontSize: 11, fill: '#6b7280' }} />
        {valued && <YAxis yAxisId="value" orientation="right" width={64} tickLine={false} axisLine={false} tick={{ fontSize: 11, fill: '#6b7280' }} tickFormatter={(value: number) => euros(value)} />}
        <Tooltip
          cursor={{ fill: '#f3f4f6' }}
          isAnimationActive={false}
          content={({ active, payload }) => {
            const point = payload?.[0]?.payload as Point | undefined;
            if (!active || !point) return null;
            return <ChartTooltip title={point.name} lines={[`${t('dossiers.report.count')}: ${formatNumber(point.count)}`, `${t('dossiers.report.value')}: ${euros(point.value)}`]} />;
          }}
        />
        <Bar yAxisId="count" dataKey="count" name={t('dossiers.report.count')} radius={[4, 4, 0, 0]} maxBarSize={40} isAnimationActive={false} shape={colouredBar}>
          <LabelList dataKey="count" position="top" style={{ fontSize: 12, fontWeight: 600, fill: '#374151' }} />
        </Bar>
        {valued && <Bar yAxisId="value" dataKey="value" name={t('dossiers.report.value')} radius={[4, 4, 0, 0]} maxBarSize={40} isAnimationActive={false} shape={barFilledBy('light')} />}
      </BarChart>
    </div>
  );
}

/** Per month of the leads' creation: leads made, of those converted into an opportunity, and of those won. */
function ConversionChart({ months }: { months: DossierReport['conversion'] }) {
  const { t, tag, formatNumber } = useI18n();
  const summary = months
    .map((m) => `${monthLabel(m.month, tag, 'long')}: ${formatNumber(m.leads)} ${t('dossiers.report.leads')}, ${formatNumber(m.converted)} ${t('dossiers.report.converted')}, ${formatNumber(m.won)} ${t('dossiers.report.won')}`)
    .join('; ');
  return (
    <div className="dashboard-chart" role="img" aria-label={summary}>
      <ComposedChart responsive data={months} style={{ width: '100%', height: 260 }} margin={{ top: 10, right: 8, left: 0, bottom: 0 }} barGap={1}>
        <CartesianGrid vertical={false} stroke="#eef0f3" />
        <XAxis
          dataKey="month"
          tickLine={false}
          axisLine={{ stroke: '#d1d5db' }}
          tick={{ fontSize: 11, fill: '#6b7280' }}
          tickFormatter={(month: string, index: number) => monthLabel(month, tag, 'short', months.length > 1 && showsYear(month, index))}
          interval="preserveStartEnd"
          minTickGap={4}
        />
        <YAxis allowDecimals={false} width={32} tickLine={false} axisLine={false} tick={{ fontSize: 11, fill: '#6b7280' }} />
        <Tooltip
          cursor={{ fill: '#f3f4f6' }}
          isAnimationActive={false}
          content={({ active, payload }) => {
            const month = payload?.[0]?.payload as DossierReport['conversion'][number] | undefined;
            if (!active || !month) return null;
            return (
              <ChartTooltip
                title={monthLabel(month.month, tag, 'long', true)}
                lines={[`${t('dossiers.report.leads')}: ${formatNumber(month.leads)}`, `${t('dossiers.report.converted')}: ${formatNumber(month.converted)}`, `${t('dossiers.report.won')}: ${formatNumber(month.won)}`]}
              />
            );
          }}
        />
        <Legend verticalAlign="top" height={24} iconType="square" wrapperStyle={{ fontSize: 12 }} />
        <Bar dataKey="leads" name={t('dossiers.report.leads')} fill={FUNNEL.leads} maxBarSize={28} isAnimationActive={false} />
        <Bar dataKey="converted" name={t('dossiers.report.converted')} fill={FUNNEL.converted} maxBarSize={28} isAnimationActive={false} />
        <Line dataKey="won" name={t('dossiers.report.won')} stroke={FUNNEL.won} strokeWidth={2} dot={{ r: 3 }} isAnimationActive={false} />
      </ComposedChart>
    </div>
  );
}
