import { useI18n } from '../../../i18n/i18n';
import type { Rule } from '../hooks/useTriggers';

/** A rule's (or built-in rule's) last firings and refusals, newest first, in a disclosure. */
export function FiringList({ firings }: { firings: Rule['lastFirings'] }) {
  const { t, formatRelative } = useI18n();
  return (
    <details>
      <summary>{t('triggers.lastFirings')}</summary>
      {firings.length === 0 && <p className="meta">{t('triggers.noFirings')}</p>}
      <ul className="firings">
        {firings.map((firing) => (
          <li key={firing.id} className={`firing ${firing.outcome}`}>
            <time dateTime={firing.firedAt}>{formatRelative(firing.firedAt)}</time> · {firing.recordName ?? '—'} · <strong>{t(`triggers.outcome.${firing.outcome}`)}</strong>
            {firing.actions
              .filter((a) => a.outcome === 'refused')
              .map((a, i) => (
                <span key={i} className="refusal">
                  {' '}
                  — {a.detail ?? a.type}
                </span>
              ))}
          </li>
        ))}
      </ul>
    </details>
  );
}
