import type { ReactNode } from 'react';

export interface ChartCardProps {
  /** Names the card for tests and styles (`data-chart`), and its heading's id. */
  chart: string;
  title: string;
  subtitle?: ReactNode;
  /** Shown instead of the chart when there is nothing to draw. */
  empty?: string | false;
  /** Still loading: a placeholder of the chart's height. */
  loading?: boolean;
  height?: number;
  className?: string;
  children: ReactNode;
}

/** A dashboard card: a heading with a subtitle, then the chart, a placeholder while loading, or a friendly empty state. */
export function ChartCard({ chart, title, subtitle, empty, loading = false, height = 240, className = '', children }: ChartCardProps) {
  return (
    <section className={`card dashboard-card ${className}`} data-chart={chart} aria-labelledby={`${chart}-title`} aria-busy={loading}>
      <header className="card-head">
        <h2 id={`${chart}-title`}>{title}</h2>
        {subtitle && <p className="meta">{subtitle}</p>}
      </header>
      {loading ? (
        <div className="chart-placeholder" style={{ height }} />
      ) : empty ? (
        <div className="chart-empty-state" style={{ minHeight: Math.round(height * 0.6) }}>
          <p>{empty}</p>
        </div>
      ) : (
        children
      )}
    </section>
  );
}
