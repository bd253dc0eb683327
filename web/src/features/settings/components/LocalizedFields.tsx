import type { LocalizedText } from '../../../../../src/pipeline/domain/pipeline.js';
import { FormField } from '../../../shared/FormField';

interface LocalizedFieldsProps {
  value: LocalizedText;
  onChange(value: LocalizedText): void;
  /** The visible labels of the Dutch and the English input. */
  labels: { nl: string; en: string };
  errors?: { nl?: string | undefined; en?: string | undefined };
  maxLength: number;
}

/** A text in Dutch and English, side by side (stacked on a phone). */
export function LocalizedFields({ value, onChange, labels, errors, maxLength }: LocalizedFieldsProps) {
  return (
    <div className="pair">
      {(['nl', 'en'] as const).map((language) => (
        <FormField key={language} label={labels[language]} error={errors?.[language]}>
          {(control) => (
            <input
              {...control}
              lang={language}
              value={value[language]}
              maxLength={maxLength}
              autoComplete="off"
              onChange={(event) => onChange({ ...value, [language]: event.target.value })}
            />
          )}
        </FormField>
      ))}
    </div>
  );
}
