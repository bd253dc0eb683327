import { Bar, BarChart, Cell } from 'recharts';
import { useI18n } from '../../../i18n/i18n';
import { monthLabel, trendMonths } from '../../hiring/utils/months';

interface Point {
  month: string;
  jobs: number;
}

/**
 * Jobs posted per month over the last year, as tiny bars without axes. The
 * months and counts are in the hover title: a chart tooltip in each of fifty
 * rows makes the table slow to render.
 */
export function TrendSparkline({ trend }: { trend: number[] }) {
  const { t, tag, formatNumber } = useI18n();
  const months = trendMonths(trend.length);
  const data: Point[] = trend.map((jobs, index) => ({ month: months[index]!, jobs }));
  const total = trend.reduce((sum, jobs) => sum + jobs, 0);
  const title = data.map((point) => `${monthLabel(point.month, tag, 'long')}: ${formatNumber(point.jobs)}`).join('\n');
  return (
    <span className="sparkline" role="img" aria-label={t('discovery.trendLabel', { count: formatNumber(total) })} title={title}>
      <BarChart width={96} height={26} data={data} margin={{ top: 1, right: 0, bottom: 1, left: 0 }} barCategoryGap={1}>
        {/* Months without postings keep a 1 px stub, so the year reads as a baseline. */}
        <Bar dataKey="jobs" minPointSize={1} isAnimationActive={false}>
          {data.map((point) => (
            <Cell key={point.month} fill={point.jobs > 0 ? '#2563eb' : '#d1d5db'} />
          ))}
        </Bar>
      </BarChart>
    </span>
  );
}
