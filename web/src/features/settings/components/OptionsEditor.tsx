import type { PipelineField } from '../../../../../src/pipeline/domain/pipeline.js';
import { useI18n } from '../../../i18n/i18n';
import { addOption, removeOption, updateOption } from '../utils/pipeline-fields';
import { AddTextsForm } from './AddTextsForm';
import { LocalizedFields } from './LocalizedFields';

/** The choices of a choice-list field, each in Dutch and English. */
export function OptionsEditor({ field, error, change }: { field: PipelineField; error: string | undefined; change(fn: (field: PipelineField) => PipelineField): void }) {
  const { t, locale } = useI18n();
  return (
    <fieldset className="options">
      <legend>{t('pipelineSettings.field.options')}</legend>
      <ol>
        {(field.options ?? []).map((option) => (
          <li key={option.key} className="option-row">
            <code>{option.key}</code>
            <LocalizedFields
              value={option.label}
              maxLength={100}
              labels={{ nl: t('pipelineSettings.field.labelNl'), en: t('pipelineSettings.field.labelEn') }}
              onChange={(label) => change((f) => updateOption(f, option.key, label))}
            />
            <button type="button" className="icon-button" onClick={() => change((f) => removeOption(f, option.key))} aria-label={t('pipelineSettings.remove', { name: option.label[locale] || option.key })}>
              ✕
            </button>
          </li>
        ))}
      </ol>
      {error && <p className="field-error">{error}</p>}
      <AddTextsForm
        title={t('pipelineSettings.field.addOption')}
        labels={{ nl: t('pipelineSettings.field.labelNl'), en: t('pipelineSettings.field.labelEn') }}
        maxLength={100}
        onAdd={(label) => change((f) => addOption(f, label))}
      />
    </fieldset>
  );
}
