import { useI18n } from '../../../i18n/i18n';
import { FormField } from '../../../shared/FormField';

interface NumberFieldProps {
  label: string;
  value: number | undefined;
  min: number;
  max: number;
  error?: string | undefined;
  onChange(value: number | undefined): void;
}

/** A whole number, or none when left empty. */
export function NumberField({ label, value, min, max, error, onChange }: NumberFieldProps) {
  const { t } = useI18n();
  return (
    <FormField label={label} error={error} hint={t('pipelineSettings.stage.emptyIsNone')}>
      {(control) => (
        <input
          {...control}
          type="number"
          inputMode="numeric"
          min={min}
          max={max}
          step={1}
          value={value ?? ''}
          onChange={(event) => onChange(event.target.value === '' ? undefined : Math.round(Number(event.target.value)))}
        />
      )}
    </FormField>
  );
}
