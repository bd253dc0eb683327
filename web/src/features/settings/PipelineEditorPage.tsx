import { useParams } from 'react-router';
import { ApiError, type Me } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { errorText } from '../../shared/error-text';
import { NotFoundPage } from '../../shared/NotFoundPage';
import { PipelineEditor } from './components/PipelineEditor';
import { usePipeline } from './hooks/usePipelineSettings';
import './pipelines.css';
import { holds } from '../../shared/role-name';

/** Settings → Pipelines → one pipeline (pipelines:manage; the server refuses others too). */
export function PipelineEditorPage({ me }: { me: Me }) {
  const { t } = useI18n();
  const { id = '' } = useParams();
  const admin = holds(me, 'pipelines:manage');
  const pipeline = usePipeline(id, admin);
  if (!admin) return <p className="notice">{t('pipelineSettings.editor.adminOnly')}</p>;
  if (pipeline.error instanceof ApiError && pipeline.error.status === 404) return <NotFoundPage detail={pipeline.error.message || undefined} />;
  if (pipeline.error)
    return (
      <p role="alert" className="error">
        {errorText(pipeline.error, t)}
      </p>
    );
  if (!pipeline.data) return <p className="empty">{t('common.loading')}</p>;
  // Another pipeline is another editor, with its own draft.
  return <PipelineEditor key={pipeline.data.id} pipeline={pipeline.data} />;
}
