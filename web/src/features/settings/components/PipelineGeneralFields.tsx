import type { PipelineDefinition } from '../../../../../src/pipeline/domain/pipeline.js';
import { useI18n } from '../../../i18n/i18n';
import { FormField } from '../../../shared/FormField';
import type { Edit, IssueAt } from '../hooks/usePipelineEditor';
import { LocalizedFields } from './LocalizedFields';

/** The pipeline's name, where records start, and whether skipping stages asks for a reason. */
export function PipelineGeneralFields({ draft, edit, issueAt }: { draft: PipelineDefinition; edit: Edit; issueAt: IssueAt }) {
  const { t, locale } = useI18n();
  return (
    <div className="editor-grid">
      <LocalizedFields
        value={draft.name}
        maxLength={200}
        labels={{ nl: t('pipelineSettings.nameNl'), en: t('pipelineSettings.nameEn') }}
        errors={{ nl: issueAt('name.nl'), en: issueAt('name.en') }}
        onChange={(name) => edit((d) => ({ ...d, name }))}
      />
      <FormField label={t('pipelineSettings.entryStage')} hint={t('pipelineSettings.entryStageHint')} error={issueAt('entryStage')}>
        {(control) => (
          <select {...control} value={draft.entryStage} onChange={(event) => edit((d) => ({ ...d, entryStage: event.target.value }))}>
            {draft.stages
              .filter((stage) => stage.active || stage.key === draft.entryStage)
              .map((stage) => (
                <option key={stage.key} value={stage.key}>
                  {stage.name[locale]}
                </option>
              ))}
          </select>
        )}
      </FormField>
      <div className="field">
        <label className="check">
          <input type="checkbox" checked={draft.skipNeedsReason} onChange={(event) => edit((d) => ({ ...d, skipNeedsReason: event.target.checked }))} />
          {t('pipelineSettings.skipNeedsReason')}
        </label>
        <p className="meta">{t('pipelineSettings.skipNeedsReasonHint')}</p>
      </div>
    </div>
  );
}
