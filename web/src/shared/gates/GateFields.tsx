import type { PipelineDefinition, PipelineField } from '../../../../src/pipeline/domain/pipeline.js';
import { useI18n } from '../../i18n/i18n';
import { LossReasonFields } from '../LossReasonFields';
import { skippedStages, tomorrow, type MissingGate } from './gates';
import './gates.css';

export interface GateFieldsProps {
  /** What the move lacks (gatesToAsk): each becomes the inputs that supply it. */
  gates: readonly MissingGate[];
  /** The pipeline the gates belong to: stage names, checklist labels, field definitions. */
  definition: PipelineDefinition;
  /** The stage the record leaves ('' when it enters the pipeline) and the one it enters. */
  from: string;
  to: string;
  lossReason: string;
  onLossReasonChange(reason: string): void;
}

/**
 * The questions a move's gates ask, in the gates' order, named as
 * `gateValues` reads them: a loss reason, a reason and day to resume
 * (On hold), a reason to skip stages (naming the stages skipped), the
 * checklists (the stage left's exit criteria, the stage entered's entry
 * criteria) and the pipeline's own fields.
 */
export function GateFields({ gates, definition, from, to, lossReason, onLossReasonChange }: GateFieldsProps) {
  const { t, locale } = useI18n();
  const stage = (key: string) => definition.stages.find((s) => s.key === key);
  const stageName = (key: string) => stage(key)?.name[locale] ?? key;
  const skipped = skippedStages(definition, from, to).map(stageName);
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
                  {t('gate.holdReason')}
                  <input name="holdReason" required maxLength={500} />
                </label>
                <label>
                  {t('gate.resumeAt')}
                  <input name="resumeAt" type="date" required min={tomorrow(new Date())} />
                </label>
              </div>
            );
          case 'skipReason':
            return (
              <label key="skipReason">
                {t('gate.skipReason')}
                {skipped.length > 0 && <span className="meta gate-skipped">{t('gate.skipped', { stages: skipped.join(', ') })}</span>}
                <input name="skipReason" required maxLength={500} />
              </label>
            );
          case 'checklist': {
            const of = stage(gate.stage);
            // The stage a record enters lists its entry criteria; the one it leaves, its exit criteria.
            const title = t(gate.stage === to ? 'gate.entry' : 'gate.exit', { stage: stageName(gate.stage) });
            return (
              <fieldset key={`checklist:${gate.stage}`} className="gate-checklist">
                <legend>{title}</legend>
                {gate.items.map((item) => (
                  <label key={item} className="toggle">
                    <input type="checkbox" name="checklist" value={`${gate.stage}.${item}`} required />
                    {of?.checklist.find((c) => c.key === item)?.label[locale] ?? item}
                  </label>
                ))}
              </fieldset>
            );
          }
          case 'field': {
            const field = definition.fields.find((f) => f.key === gate.field) ?? { key: gate.field, label: { nl: gate.field, en: gate.field }, type: 'text' as const };
            return <FieldInput key={`field:${gate.field}`} field={field} required />;
          }
          default:
            return null;
        }
      })}
    </>
  );
}

/**
 * One of the pipeline's own fields as a form input named `field.<key>`
 * (read back with `fieldValue`): a number is typed as text with a decimal
 * keyboard, so a decimal comma is taken too.
 */
export function FieldInput({ field, value, required }: { field: PipelineField; value?: string | number | undefined; required?: boolean }) {
  const { locale, t } = useI18n();
  const name = `field.${field.key}`;
  const initial = value === undefined ? '' : String(value);
  return (
    <label>
      {field.label[locale]}
      {field.type === 'select' ? (
        <select name={name} defaultValue={initial} required={required}>
          <option value="">{t('gate.choose')}</option>
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
