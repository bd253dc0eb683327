import { useI18n } from '../i18n/i18n';

/** The colour of a hotness score (0–100): cool grey-blue to hot red. */
export function heatColor(hotness: number): string {
  if (hotness >= 75) return '#dc2626';
  if (hotness >= 50) return '#ea580c';
  if (hotness >= 25) return '#d97706';
  return '#64748b';
}

/** A small bar with the number: how actively a company hires now (0–100). */
export function HotnessMeter({ hotness, size = 'small' }: { hotness: number; size?: 'small' | 'large' }) {
  const { t } = useI18n();
  const label = t('hotness.label', { value: hotness });
  return (
    <span className={`hotness ${size}`} style={{ ['--heat' as string]: heatColor(hotness) }} title={t('hotness.explain')} aria-label={label} role="img">
      <span className="hotness-track" aria-hidden="true">
        <span className="hotness-fill" style={{ width: `${Math.max(0, Math.min(100, hotness))}%` }} />
      </span>
      <span className="hotness-value" aria-hidden="true">
        {hotness}
      </span>
    </span>
  );
}
