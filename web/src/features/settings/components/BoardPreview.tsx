import type { Stage } from '../../../../../src/pipeline/domain/pipeline.js';
import { useI18n } from '../../../i18n/i18n';
import { Icon } from '../../../shared/Icon';
import { colorOf } from '../../../shared/stage-colors';

/** The board header as it will look: one stat card per active stage, with its icon, colour and name in the UI's language. */
export function BoardPreview({ stages }: { stages: Stage[] }) {
  const { locale } = useI18n();
  return (
    <div className="stats preview-stats" aria-live="polite">
      {stages
        .filter((stage) => stage.active)
        .map((stage) => (
          <div key={stage.key} className="stat" style={{ ['--stage' as string]: colorOf(stage.color) }} data-preview-stage={stage.key}>
            <span className="stat-icon">
              <Icon name={stage.icon} />
            </span>
            <span className="stat-label">{stage.name[locale]}</span>
            <span className="stat-total" aria-hidden="true">
              0
            </span>
          </div>
        ))}
    </div>
  );
}
