import type { MissingGate } from '../../../../../src/pipeline/domain/gates.js';
import type { Pipeline, PipelineField } from '../../../api/client';
import { useI18n } from '../../../i18n/i18n';
import { LossReasonFields } from '../../../shared/LossReasonFields';

export interface GateFieldsProps {
  /** What the move lacks (utils/gates.ts): each becomes the inputs that supply it. */
  gates: readonly MissingGate[];
  /** The pipeline the gates belong to: checklist labels, stage names, field definitions. */
  pipeline: Pipeline;
  lossReason: string;
  onLossReasonChange(reason: string): void;
}

/**
 * The inputs a move needs for its target stage's gates, named as
 * utils/gates.ts `gateBody` reads them: a loss reason, a hold reason and
 * resume date, a skip reason, checklist items, the pipeline's fields.
 */
export function GateFields({ gates, pipeline, lossReason, onLossReasonChange }: GateFieldsProps) {
  const { t, locale } = useI18n();
  const stage = (key: string) => pipeline.stages.find((s) => s.key === key);
  return (
    <>
      {gates.map((gate) => {
        switch (gate.kind) {
          case 'lossReason':
            return <LossReasonFields key="lossReason" reason={lossReason} onReasonChange={onLossReasonChange} />;
          case 'hold':
            return (
              <div key="hold" className="gate-pair">
                <label>
                  {t('company.gate.holdReason')}
                  <input name="holdReason" required maxLength={500} />
                </label>
                <label>
                  {t('company.gate.resumeAt')}
                  <input name="resumeAt" type="date" required />
                </label>
              </div>
            );
          case 'skipReason':
            return (
              <label key="skipReason">
                {t('company.gate.skipReason')}
                <input name="skipReason" required maxLength={500} />
              </label>
            );
          case 'checklist': {
            const source = stage(gate.stage);
            const name = source?.name[locale] ?? gate.stage;
            // The stage a record leaves lists exit criteria, the stage it enters entry criteria.
            const phase = source?.checklist.find((item) => item.key === gate.items[0])?.phase ?? 'entry';
            return (
              <fieldset key={`checklist:${gate.stage}`} className="checklist">
                <legend>{t(phase === 'exit' ? 'company.gate.exit' : 'company.gate.entry', { stage: name })}</legend>
                {gate.items.map((key) => (
                  <label key={key} className="toggle">
                    <input type="checkbox" name="checklist" value={`${gate.stage}.${key}`} required />
                    {source?.checklist.find((item) => item.key === key)?.label[locale] ?? key}
                  </label>
                ))}
              </fieldset>
            );
          }
          case 'field': {
            const field = pipeline.fields.find((f) => f.key === gate.field);
            return field ? <FieldInput key={`field:${field.key}`} field={field} required /> : null;
          }
          default:
            return null;
        }
      })}
    </>
  );
}

/** One of the pipeline's own fields as a form input named `field.<key>`. */
export function FieldInput({ field, value, required }: { field: PipelineField; value?: string | number | undefined; required?: boolean }) {
  const { locale, t } = useI18n();
  const name = `field.${field.key}`;
  const initial = value === undefined ? '' : String(value);
  return (
    <label>
      {field.label[locale]}
      {field.type === 'select' ? (
        <select name={name} defaultValue={initial} required={required}>
          <option value="">{t('company.choose')}</option>
          {field.options?.map((option) => (
            <option key={option.key} value={option.key}>
              {option.label[locale]}
            </option>
          ))}
        </select>
      ) : (
        <input
          name={name}
          defaultValue={initial}
          required={required}
          type={field.type === 'date' ? 'date' : 'text'}
          inputMode={field.type === 'number' ? 'decimal' : undefined}
          maxLength={500}
        />
      )}
    </label>
  );
}
