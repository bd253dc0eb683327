import { Link } from 'react-router';
import type { Pipeline } from '../../../../../src/pipeline/domain/pipeline.js';
import { useI18n } from '../../../i18n/i18n';
import { usePipelineEditor } from '../hooks/usePipelineEditor';
import { BoardPreview } from './BoardPreview';
import { EditorSection } from './EditorSection';
import { FieldsEditor } from './FieldsEditor';
import { PipelineGeneralFields } from './PipelineGeneralFields';
import { SaveBar } from './SaveBar';
import { StageList } from './StageList';
import { TransitionMatrix } from './TransitionMatrix';

/** The whole pipeline on one page; Save sends it as one PATCH with the version it started from. */
export function PipelineEditor({ pipeline }: { pipeline: Pipeline }) {
  const { t, locale } = useI18n();
  const editor = usePipelineEditor(pipeline);
  const { draft, edit, issueAt } = editor;
  return (
    <div className="settings-page pipeline-editor">
      <div className="toolbar">
        <Link to="/settings?tab=pipelines">← {t('pipelineSettings.editor.back')}</Link>
        <h1>{t('pipelineSettings.editor.title', { name: editor.base.name[locale] })}</h1>
      </div>
      <EditorSection title={t('pipelineSettings.preview.title')} hint={t('pipelineSettings.preview.hint')} className="pipeline-preview">
        <BoardPreview stages={draft.stages} />
      </EditorSection>
      <EditorSection title={t('pipelineSettings.general.title')}>
        <PipelineGeneralFields draft={draft} edit={edit} issueAt={issueAt} />
      </EditorSection>
      <EditorSection title={t('pipelineSettings.stages.title')} hint={t('pipelineSettings.stages.hint')}>
        <StageList draft={draft} edit={edit} issueAt={issueAt} />
      </EditorSection>
      <EditorSection title={t('pipelineSettings.matrix.title')} hint={t('pipelineSettings.matrix.hint')}>
        <TransitionMatrix draft={draft} edit={edit} issueAt={issueAt} />
      </EditorSection>
      <EditorSection title={t('pipelineSettings.fields.title')} hint={t('pipelineSettings.fields.hint')}>
        <FieldsEditor draft={draft} edit={edit} issueAt={issueAt} />
      </EditorSection>
      <SaveBar editor={editor} />
    </div>
  );
}
