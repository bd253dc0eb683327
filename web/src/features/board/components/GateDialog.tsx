import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { PipelineDefinition, PipelineField } from '../../../../../src/pipeline/domain/pipeline.js';
import { useI18n } from '../../../i18n/i18n';
import { LossReasonFields, lossReasonFrom } from '../../../shared/LossReasonFields';
import { tomorrow } from '../utils/board-format';
import { skippedStages, type GateValues, type MissingGate } from '../utils/gates';

export interface GateDialogProps {
  definition: PipelineDefinition;
  companyName: string;
  from: string;
  to: string;
  /** Exactly the gates to ask for (missingGates, or a refusal's `missing`). */
  missing: MissingGate[];
  /** Why the server refused the last attempt, if it did. */
  refusal?: string | undefined;
  onCancel(): void;
  onConfirm(values: GateValues): void;
}

/**
 * The drop dialog: everything a move to `to` still lacks, in one form — a
 * loss reason, a reason and day to resume (On hold), a reason to skip
 * stages, the checklists (the stage left's exit criteria, the stage
 * entered's entry criteria) and the pipeline's own fields. What it asks is
 * what the domain's gate rule says is missing, so it asks no more and no
 * less than the server requires.
 */
export function GateDialog({ definition, companyName, from, to, missing, refusal, onCancel, onConfirm }: GateDialogProps) {
  const { t, locale } = useI18n();
  const dialog = useRef<HTMLDialogElement>(null);
  const [reason, setReason] = useState('');
  const stage = (key: string) => definition.stages.find((s) => s.key === key);
  const target = stage(to);
  const lost = target?.outcome === 'lost';

  useEffect(() => {
    dialog.current?.showModal();
  }, []);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '').trim() || undefined;
    const values: GateValues = { description: text('description') };
    const fields: Record<string, string | number | null> = {};
    for (const gate of missing) {
      switch (gate.kind) {
        case 'lossReason':
          values.lossReason = lossReasonFrom(reason, form) || undefined;
          break;
        case 'hold':
          values.holdReason = text('holdReason');
          values.resumeAt = text('resumeAt');
          break;
        case 'skipReason':
          values.skipReason = text('skipReason');
          break;
        case 'checklist':
          values.checklist = form.getAll('checklist').map(String);
          break;
        case 'field': {
          const field = definition.fields.find((f) => f.key === gate.field);
          const value = text(`field.${gate.field}`);
          if (value !== undefined) fields[gate.field] = field?.type === 'number' ? Number(value) : value;
          break;
        }
      }
    }
    if (Object.keys(fields).length > 0) values.fields = fields;
    onConfirm(values);
  };

  const skipped = skippedStages(definition, from, to).map((key) => stage(key)?.name[locale] ?? key);

  return (
    <dialog ref={dialog} className="dialog gate-dialog" aria-labelledby="gate-title" onCancel={(e) => (e.preventDefault(), onCancel())}>
      <form onSubmit={submit}>
        <h2 id="gate-title">{t('gate.title', { name: companyName, stage: target?.name[locale] ?? to })}</h2>
        {refusal && (
          <p className="error" role="alert">
            {refusal}
          </p>
        )}
        {missing.map((gate) => {
          switch (gate.kind) {
            case 'lossReason':
              return <LossReasonFields key="lossReason" reason={reason} onReasonChange={setReason} />;
            case 'hold':
              return (
                <div key="hold" className="gate-group">
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
                  {skipped.length > 0 && <span className="meta">{t('gate.skipped', { stages: skipped.join(', ') })}</span>}
                  <input name="skipReason" required maxLength={500} />
                </label>
              );
            case 'checklist': {
              const of = stage(gate.stage);
              const title = gate.stage === to ? t('gate.entry', { stage: of?.name[locale] ?? gate.stage }) : t('gate.exit', { stage: of?.name[locale] ?? gate.stage });
              return (
                <fieldset key={`checklist.${gate.stage}`} className="gate-checklist">
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
              const field = definition.fields.find((f) => f.key === gate.field);
              return <FieldInput key={`field.${gate.field}`} name={`field.${gate.field}`} field={field} fallbackLabel={gate.field} />;
            }
            default:
              return null;
          }
        })}
        <label>
          {t('lost.description')}
          <textarea name="description" rows={2} maxLength={5000} />
        </label>
        <div className="actions">
          <button type="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
          <button type="submit" className={lost ? 'danger' : 'primary'} disabled={missing.some((g) => g.kind === 'lossReason') && !reason}>
            {lost ? t('lost.confirm') : t('gate.confirm')}
          </button>
        </div>
      </form>
    </dialog>
  );
}

/** An input for one of the pipeline's own fields, by its type. */
function FieldInput({ name, field, fallbackLabel }: { name: string; field: PipelineField | undefined; fallbackLabel: string }) {
  const { t, locale } = useI18n();
  const label = field?.label[locale] ?? fallbackLabel;
  switch (field?.type) {
    case 'select':
      return (
        <label>
          {label}
          <select name={name} required defaultValue="">
            <option value="" disabled>
              {t('gate.choose')}
            </option>
            {field.options?.map((option) => (
              <option key={option.key} value={option.key}>
                {option.label[locale]}
              </option>
            ))}
          </select>
        </label>
      );
    case 'number':
      return (
        <label>
          {label}
          <input name={name} type="number" step="any" required />
        </label>
      );
    case 'date':
      return (
        <label>
          {label}
          <input name={name} type="date" required />
        </label>
      );
    default:
      return (
        <label>
          {label}
          <input name={name} required maxLength={500} />
        </label>
      );
  }
}
