import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import type { CompanyHiring } from '../../../api/client';
import { useI18n } from '../../../i18n/i18n';
import { monthLabel, showsYear } from '../utils/months';

interface Point {
  month: string;
  jobs: number;
}

/** Jobs posted per month over the last 24 months, as bars with month labels in the user's language. */
export function HiringTrendChart({ trend }: { trend: CompanyHiring['trend'] }) {
  const { t, tag, formatNumber } = useI18n();
  const data: Point[] = trend;
  const total = trend.reduce((sum, point) => sum + point.jobs, 0);
  return (
    <div className="hiring-trend" role="img" aria-label={t('hiring.trendSummary', { count: formatNumber(total), months: trend.length })}>
      <BarChart responsive style={{ width: '100%', height: 220 }} data={data} margin={{ top: 8, right: 4, left: 0, bottom: 0 }}>
        <CartesianGrid vertical={false} stroke="#e5e7eb" />
        <XAxis
          dataKey="month"
          tickLine={false}
          axisLine={{ stroke: '#d1d5db' }}
          tick={<MonthTick tag={tag} />}
          // Measured by the short month name, so recharts keeps every label that fits.
          tickFormatter={(month: string) => monthLabel(month, tag, 'short')}
          interval="preserveStartEnd"
          minTickGap={2}
          height={34}
        />
        <YAxis allowDecimals={false} width={30} tickLine={false} axisLine={false} tick={{ fontSize: 11, fill: '#6b7280' }} />
        <Tooltip
          cursor={{ fill: '#eff6ff' }}
          isAnimationActive={false}
          content={({ active, payload }) => {
            const point = payload?.[0]?.payload as Point | undefined;
            if (!active || !point) return null;
            return (
              <div className="chart-tooltip">
                <strong>{monthLabel(point.month, tag, 'long')}</strong>
                <span>{t('hiring.jobsInMonth', { count: formatNumber(point.jobs) })}</span>
              </div>
            );
          }}
        />
        <Bar dataKey="jobs" fill="#2563eb" radius={[3, 3, 0, 0]} maxBarSize={22} isAnimationActive={false} />
      </BarChart>
      {total === 0 && <p className="chart-empty">{t('hiring.noPostings', { months: trend.length })}</p>}
    </div>
  );
}

interface MonthTickProps {
  tag: string;
  x?: number | string;
  y?: number | string;
  index?: number;
  payload?: { value?: unknown };
}

/** A month under its bar, with the year on a second line in January and at the start, so every label stays short. */
function MonthTick({ tag, x, y, index = 0, payload }: MonthTickProps) {
  const month = String(payload?.value ?? '');
  if (!month) return null;
  return (
    <text x={Number(x)} y={Number(y)} dy={10} textAnchor="middle" fontSize={11} fill="#6b7280" className="month-tick">
      <tspan x={Number(x)}>{monthLabel(month, tag, 'short')}</tspan>
      {showsYear(month, index) && (
        <tspan x={Number(x)} dy={13} fill="#9ca3af">
          {month.slice(0, 4)}
        </tspan>
      )}
    </text>
  );
}
