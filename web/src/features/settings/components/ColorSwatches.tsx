import { useId } from 'react';
import { STAGE_COLORS, type StageColor } from '../../../../../src/pipeline/domain/pipeline.js';
import { useI18n } from '../../../i18n/i18n';
import { colorOf } from '../../../shared/stage-colors';
import { COLOR_LABELS } from '../utils/pipeline-labels';

/** The eight stage colours as swatches: a radio group, so arrow keys pick one and each is named for screen readers. */
export function ColorSwatches({ value, error, onChange }: { value: StageColor; error?: string | undefined; onChange(color: StageColor): void }) {
  const { t } = useI18n();
  const name = useId();
  return (
    <fieldset className="swatches" aria-invalid={error ? true : undefined}>
      <legend>{t('pipelineSettings.stage.color')}</legend>
      {STAGE_COLORS.map((color) => (
        <label key={color} className="swatch" style={{ ['--swatch' as string]: colorOf(color) }} title={t(COLOR_LABELS[color])}>
          <input type="radio" name={name} value={color} checked={value === color} onChange={() => onChange(color)} />
          <span className="sr-only">{t(COLOR_LABELS[color])}</span>
        </label>
      ))}
      {error && <p className="field-error">{error}</p>}
    </fieldset>
  );
}
