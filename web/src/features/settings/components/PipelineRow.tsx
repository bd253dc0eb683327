import { Link } from 'react-router';
import type { Pipeline } from '../../../../../src/pipeline/domain/pipeline.js';
import { useI18n } from '../../../i18n/i18n';
import type { PipelineChange } from '../hooks/usePipelineSettings';
import { KIND_LABELS } from '../utils/pipeline-labels';

interface PipelineRowProps {
  pipeline: Pipeline;
  busy: boolean;
  onChange(edit: Omit<PipelineChange, 'version'>): void;
}

/** One pipeline in the list: its name and facts, and what an admin can do with it. The default cannot be archived: new companies need it. */
export function PipelineRow({ pipeline, busy, onChange }: PipelineRowProps) {
  const { t, locale } = useI18n();
  const name = pipeline.name[locale];
  const stages = pipeline.stages.filter((stage) => stage.active).length;
  return (
    <li className={pipeline.archived ? 'archived' : undefined} data-pipeline-id={pipeline.id}>
      <div className="pipeline-summary">
        <strong>{name}</strong>
        {pipeline.isDefault && <span className="chip chip-default">{t('pipelineSettings.default')}</span>}
        {pipeline.archived && <span className="chip">{t('pipelineSettings.archived')}</span>}
        <span className="meta">
          {t(KIND_LABELS[pipeline.kind])} · {t('pipelineSettings.stageCount', { count: stages })} · {t('pipelineSettings.version', { version: pipeline.version })}
        </span>
      </div>
      <div className="pipeline-actions">
        {!pipeline.archived && (
          <Link className="button" to={`/settings/pipelines/${pipeline.id}`} aria-label={t('pipelineSettings.editName', { name })}>
            {t('pipelineSettings.edit')}
          </Link>
        )}
        {!pipeline.isDefault && !pipeline.archived && (
          <button type="button" disabled={busy} onClick={() => onChange({ isDefault: true })}>
            {t('pipelineSettings.makeDefault')}
          </button>
        )}
        {!pipeline.isDefault && !pipeline.archived && (
          <button type="button" disabled={busy} onClick={() => onChange({ archived: true })}>
            {t('pipelineSettings.archive')}
          </button>
        )}
        {pipeline.archived && (
          <button type="button" disabled={busy} onClick={() => onChange({ archived: false })}>
            {t('pipelineSettings.restore')}
          </button>
        )}
      </div>
    </li>
  );
}
