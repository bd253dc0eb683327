import { useId, useState } from 'react';
import { useI18n } from '../../../i18n/i18n';
import { errorText } from '../../../shared/error-text';
import { useChangePipeline, usePipelineList, type PipelineChange } from '../hooks/usePipelineSettings';
import { CreatePipelineForm } from './CreatePipelineForm';
import { PipelineRow } from './PipelineRow';
import '../pipelines.css';

/** The agency's pipelines (admins): which is the default, archive and restore, a new one from a template, and the way to the editor. */
export function PipelinesSection() {
  const { t } = useI18n();
  const titleId = useId();
  const [showArchived, setShowArchived] = useState(false);
  const list = usePipelineList(showArchived);
  const change = useChangePipeline();
  const pipelines = (list.data ?? []).filter((pipeline) => showArchived || !pipeline.archived);

  return (
    <section className="card settings-section pipelines-section" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('pipelineSettings.title')}</h2>
      <p className="description">{t('pipelineSettings.intro')}</p>
      <label className="check">
        <input type="checkbox" checked={showArchived} onChange={(event) => setShowArchived(event.target.checked)} />
        {t('pipelineSettings.showArchived')}
      </label>
      {list.isPending && <p className="meta">{t('common.loading')}</p>}
      {list.error && (
        <p role="alert" className="error">
          {errorText(list.error, t)}
        </p>
      )}
      {list.data && pipelines.length === 0 && <p className="meta">{t('pipelineSettings.none')}</p>}
      <ul className="pipeline-list">
        {pipelines.map((pipeline) => (
          <PipelineRow
            key={pipeline.id}
            pipeline={pipeline}
            busy={change.isPending}
            onChange={(edit: Omit<PipelineChange, 'version'>) => change.mutate({ id: pipeline.id, change: { version: pipeline.version, ...edit } })}
          />
        ))}
      </ul>
      {change.error && (
        <p role="alert" className="error">
          {t('pipelineSettings.actionFailed', { detail: errorText(change.error, t) })}
        </p>
      )}
      <CreatePipelineForm />
    </section>
  );
}
