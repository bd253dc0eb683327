import { FIELD_TYPES, type FieldType, type PipelineDefinition } from '../../../../../src/pipeline/domain/pipeline.js';
import { useI18n } from '../../../i18n/i18n';
import type { Edit, IssueAt } from '../hooks/usePipelineEditor';
import { addField } from '../utils/pipeline-fields';
import { FIELD_TYPE_LABELS } from '../utils/pipeline-labels';
import { AddTextsForm } from './AddTextsForm';
import { FieldRow } from './FieldRow';

/** The pipeline's own fields (text, number, date or a choice list), which stage gates can require. */
export function FieldsEditor({ draft, edit, issueAt }: { draft: PipelineDefinition; edit: Edit; issueAt: IssueAt }) {
  const { t } = useI18n();
  return (
    <>
      {draft.fields.length === 0 ? (
        <p className="meta">{t('pipelineSettings.fields.empty')}</p>
      ) : (
        <ul className="field-list">
          {draft.fields.map((field, index) => (
            <FieldRow key={field.key} field={field} index={index} edit={edit} issueAt={issueAt} />
          ))}
        </ul>
      )}
      <AddTextsForm
        title={t('pipelineSettings.fields.add')}
        hint={t('pipelineSettings.stages.addHint')}
        labels={{ nl: t('pipelineSettings.field.labelNl'), en: t('pipelineSettings.field.labelEn') }}
        maxLength={100}
        choice={{ label: t('pipelineSettings.field.type'), name: 'type', options: FIELD_TYPES.map((type) => ({ value: type, label: t(FIELD_TYPE_LABELS[type]) })) }}
        onAdd={(label, type) => edit((d) => addField(d, label, (type ?? 'text') as FieldType))}
      />
    </>
  );
}
