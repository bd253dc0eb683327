import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api, type CompanyDetail, type PipelineField } from '../../../api/client';
import { useI18n } from '../../../i18n/i18n';
import { errorText } from '../../../shared/error-text';
import { FieldInput } from '../../../shared/gates/GateFields';
import { fieldValue } from '../../../shared/gates/gates';
import { formatEuros, parseEuros } from '../utils/money';
import { MoveDialog } from './MoveDialog';

export interface DealPanelProps {
  company: CompanyDetail;
  onSaved(message: string): void;
  onFailed(message: string): void;
}

/**
 * The record's deal: expected value, close date and the pipeline's own
 * fields, shown in the user's language and edited in place; the resume date
 * while On hold; and the move to another pipeline.
 */
export function DealPanel({ company, onSaved, onFailed }: DealPanelProps) {
  const { t, locale, tag, formatDate, formatNumber } = useI18n();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  const [moving, setMoving] = useState(false);
  const [valueError, setValueError] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: (body: Record<string, unknown>) => api(`/api/companies/${company.id}`, { method: 'PATCH', body }),
    onSuccess: () => {
      setEditing(false);
      onSaved(t('form.saved'));
    },
    onError: (error) => onFailed(errorText(error, t)),
    onSettled: () => {
      for (const key of [['company', company.id], ['timeline', company.id], ['board']]) void queryClient.invalidateQueries({ queryKey: key });
    },
  });
  // A calendar day (YYYY-MM-DD) is that day wherever the user is: read it as local midnight, not UTC.
  const formatDay = (day: string) => formatDate(`${day}T00:00:00`);
  const onHold = company.pipeline.stages.find((s) => s.key === company.status)?.outcome === 'on_hold';

  const shown = (field: PipelineField): string => {
    const value = company.fields[field.key];
    if (value === undefined) return '—';
    if (field.type === 'select') return field.options?.find((o) => o.key === value)?.label[locale] ?? String(value);
    if (field.type === 'date') return formatDay(String(value));
    if (field.type === 'number' && typeof value === 'number') return formatNumber(value);
    return String(value);
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const rawValue = String(form.get('expectedValue') ?? '').trim();
    const expectedValue = rawValue === '' ? null : parseEuros(rawValue, locale);
    if (expectedValue === undefined) {
      setValueError(t('company.valueInvalid'));
      return;
    }
    setValueError(null);
    const fields = Object.fromEntries(company.pipeline.fields.map((f) => [f.key, fieldValue(f.type, String(form.get(`field.${f.key}`) ?? '')) ?? null]));
    save.mutate({
      expectedValue,
      expectedCloseDate: String(form.get('expectedCloseDate') ?? '') || null,
      ...(company.pipeline.fields.length > 0 ? { fields } : {}),
    });
  };

  return (
    <section className="card deal-card" aria-labelledby="deal-title">
      <div className="deal-head">
        <h2 id="deal-title">{t('company.deal')}</h2>
        {!editing && (
          <button type="button" className="link" onClick={() => setEditing(true)}>
            {t('company.editDeal')}
          </button>
        )}
      </div>
      {onHold && company.resumeAt && <p className="resume-at">{t('company.onHoldUntil', { date: formatDay(company.resumeAt) })}</p>}
      {editing ? (
        <form className="deal-form" onSubmit={submit}>
          <label>
            {t('company.expectedValue')}
            <span className="money-input">
              <span aria-hidden="true">€</span>
              <input
                name="expectedValue"
                inputMode="decimal"
                defaultValue={company.expectedValue === null ? '' : String(company.expectedValue).replace('.', locale === 'nl' ? ',' : '.')}
                aria-invalid={valueError !== null}
                aria-describedby={valueError ? 'value-error' : undefined}
                maxLength={20}
              />
            </span>
            {valueError && (
              <span id="value-error" className="field-error">
                {valueError}
              </span>
            )}
          </label>
          <label>
            {t('company.expectedCloseDate')}
            <input name="expectedCloseDate" type="date" defaultValue={company.expectedCloseDate ?? ''} />
          </label>
          {company.pipeline.fields.map((field) => (
            <FieldInput key={field.key} field={field} value={company.fields[field.key]} />
          ))}
          <div className="actions">
            <button type="button" onClick={() => (setEditing(false), setValueError(null))}>
              {t('common.cancel')}
            </button>
            <button type="submit" className="primary" disabled={save.isPending}>
              {t('common.save')}
            </button>
          </div>
        </form>
      ) : (
        <dl className="deal-values">
          <div className="deal-field">
            <dt>{t('company.expectedValue')}</dt>
            <dd data-field="expectedValue">{company.expectedValue === null ? '—' : formatEuros(company.expectedValue, tag)}</dd>
          </div>
          <div className="deal-field">
            <dt>{t('company.expectedCloseDate')}</dt>
            <dd data-field="expectedCloseDate">{company.expectedCloseDate ? formatDay(company.expectedCloseDate) : '—'}</dd>
          </div>
          {company.pipeline.fields.map((field) => (
            <div key={field.key} className="deal-field">
              <dt>{field.label[locale]}</dt>
              <dd>{shown(field)}</dd>
            </div>
          ))}
        </dl>
      )}
      <button type="button" className="other-pipeline" onClick={() => setMoving(true)}>
        {t('company.otherPipeline')}
      </button>
      {moving && <MoveDialog company={company} mode="pipeline" onClose={() => setMoving(false)} onMoved={onSaved} />}
    </section>
  );
}
