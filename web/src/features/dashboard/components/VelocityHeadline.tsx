import type { PipelineAnalytics } from '../../../api/client';
import { useI18n } from '../../../i18n/i18n';
import { useStageLabels } from '../hooks/useStageLabels';
import { formatDays } from '../utils/format';
import { headlineSteps } from '../utils/stages';

/** The two numbers a manager asks for: median days from the start of a cycle to the last step before winning, and to winning. */
export function VelocityHeadline({ velocity }: { velocity: PipelineAnalytics['velocity'] }) {
  const { t, tag } = useI18n();
  const stages = useStageLabels();
  const shown = headlineSteps(velocity, stages.outcome);
  return (
    <dl className="velocity-headline">
      {shown.map((row) => (
        <div key={row.stage} style={{ ['--stage' as string]: stages.color(row.stage) }}>
          <dt>{t('dashboard.velocityTo', { stage: stages.name(row.stage) })}</dt>
          <dd>
            <span className="velocity-value">{row.medianDays === null ? '–' : t('dashboard.daysLong', { days: formatDays(row.medianDays, tag) })}</span>
            <span className="meta">
              {t('dashboard.p75')}: {row.p75Days === null ? '–' : t('dashboard.days', { days: formatDays(row.p75Days, tag) })}
            </span>
          </dd>
        </div>
      ))}
    </dl>
  );
}
