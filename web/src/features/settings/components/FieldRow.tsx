import { FIELD_TYPES, type FieldType, type PipelineField } from '../../../../../src/pipeline/domain/pipeline.js';
import { useI18n } from '../../../i18n/i18n';
import { FormField } from '../../../shared/FormField';
import type { Edit, IssueAt } from '../hooks/usePipelineEditor';
import { changeFieldType, removeField, updateField } from '../utils/pipeline-fields';
import { FIELD_TYPE_LABELS } from '../utils/pipeline-labels';
import { LocalizedFields } from './LocalizedFields';
import { OptionsEditor } from './OptionsEditor';

/** One agency field: its key (fixed), label, type and, for a choice list, its options. Removing it removes the gates that required it. */
export function FieldRow({ field, index, edit, issueAt }: { field: PipelineField; index: number; edit: Edit; issueAt: IssueAt }) {
  const { t, locale } = useI18n();
  const at = (path: string) => issueAt(`fields.${index}.${path}`);
  const change = (fn: (field: PipelineField) => PipelineField) => edit((d) => updateField(d, field.key, fn));
  const name = field.label[locale] || field.key;
  return (
    <li className="field-row" data-field-key={field.key}>
      <div className="field-row-head">
        <code>{field.key}</code>
        <button type="button" className="icon-button" onClick={() => edit((d) => removeField(d, field.key))} aria-label={t('pipelineSettings.remove', { name })}>
          ✕
        </button>
      </div>
      <LocalizedFields
        value={field.label}
        maxLength={100}
        labels={{ nl: t('pipelineSettings.field.labelNl'), en: t('pipelineSettings.field.labelEn') }}
        errors={{ nl: at('label.nl'), en: at('label.en') }}
        onChange={(label) => change((f) => ({ ...f, label }))}
      />
      <FormField label={t('pipelineSettings.field.type')} error={at('type')}>
        {(control) => (
          <select {...control} value={field.type} onChange={(event) => change((f) => changeFieldType(f, event.target.value as FieldType))}>
            {FIELD_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(FIELD_TYPE_LABELS[type])}
              </option>
            ))}
          </select>
        )}
      </FormField>
      {field.type === 'select' && <OptionsEditor field={field} error={at('options')} change={change} />}
    </li>
  );
}
