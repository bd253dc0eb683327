import { useI18n } from '../../../i18n/i18n';
import { errorText } from '../../../shared/error-text';
import type { PipelineEditorState } from '../hooks/usePipelineEditor';
import { issueLabel } from '../utils/definition-issues';
import { ArchiveMovesForm } from './ArchiveMovesForm';

/** Stays in view at the bottom: whether there are changes, what the server said about the last save, and Save. */
export function SaveBar({ editor }: { editor: PipelineEditorState }) {
  const { t, locale } = useI18n();
  const { changed, saving, savedVersion, error, conflict, needsMoves, issues } = editor;
  const otherError = error && !conflict && !needsMoves && issues.length === 0;
  return (
    <div className="save-bar">
      {conflict && (
        <div role="alert" className="save-problem">
          <p>{t('pipelineSettings.conflict')}</p>
          {error?.message && <p className="meta">{error.message}</p>}
          <button type="button" onClick={() => void editor.reload()}>
            {t('pipelineSettings.reload')}
          </button>
        </div>
      )}
      {issues.length > 0 && (
        <div role="alert" className="save-problem">
          <p>{t('pipelineSettings.invalid')}</p>
          <ul>
            {issues.map((issue, index) => (
              <li key={index}>
                {issueLabel(issue.path, editor.draft, locale)}: {issue.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      {needsMoves && <ArchiveMovesForm editor={editor} />}
      {otherError && (
        <p role="alert" className="save-problem">
          {t('pipelineSettings.saveFailed', { detail: errorText(error, t) })}
        </p>
      )}
      <div className="save-row">
        <p role="status" className="meta">
          {changed ? t('pipelineSettings.unsaved') : savedVersion !== null ? t('pipelineSettings.saved', { version: savedVersion }) : t('pipelineSettings.noChanges')}
        </p>
        <button type="button" onClick={editor.discard} disabled={!changed || saving}>
          {t('pipelineSettings.discard')}
        </button>
        <button type="button" className="primary" onClick={() => editor.save()} disabled={!changed || saving}>
          {t('common.save')}
        </button>
      </div>
    </div>
  );
}
