import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import type { BulkResult } from '../../../api/client';
import type { PipelineDefinition } from '../../../../../src/pipeline/domain/pipeline.js';
import { useI18n } from '../../../i18n/i18n';
import { GateFields } from '../../../shared/gates/GateFields';
import { gateValues, type GateValues, type MissingGate } from '../../../shared/gates/gates';
import { lossReasonFrom } from '../../../shared/LossReasonFields';

function useModal() {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => dialog.current?.showModal(), []);
  return dialog;
}

/** What a bulk move to a gated stage must carry, asked once for every record (the shared gate fields). */
export function BulkGateDialog({ definition, to, count, gates, onCancel, onConfirm }: { definition: PipelineDefinition; to: string; count: number; gates: MissingGate[]; onCancel(): void; onConfirm(values: GateValues): void }) {
  const { t, locale, formatNumber } = useI18n();
  const dialog = useModal();
  const [reason, setReason] = useState('');
  const target = definition.stages.find((s) => s.key === to);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const description = String(form.get('description') ?? '').trim() || undefined;
    onConfirm({ description, ...gateValues(form, gates, definition, lossReasonFrom(reason, form)) });
  };
  return (
    <dialog ref={dialog} className="dialog gate-dialog" aria-labelledby="bulk-gate-title" onCancel={(e) => (e.preventDefault(), onCancel())}>
      <form onSubmit={submit}>
        <h2 id="bulk-gate-title">{t('companies.bulk.gateTitle', { count: formatNumber(count), stage: target?.name[locale] ?? to })}</h2>
        <GateFields gates={gates} definition={definition} from="" to={to} lossReason={reason} onLossReasonChange={setReason} />
        <label>
          {t('lost.description')}
          <textarea name="description" rows={2} maxLength={5000} />
        </label>
        <div className="actions">
          <button type="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="primary" disabled={gates.some((g) => g.kind === 'lossReason') && !reason}>
            {t('gate.confirm')}
          </button>
        </div>
      </form>
    </dialog>
  );
}

/** Unfollowing is asked for: the records leave the list (their history stays). */
export function UnfollowDialog({ count, onCancel, onConfirm }: { count: number; onCancel(): void; onConfirm(): void }) {
  const { t, formatNumber } = useI18n();
  const dialog = useModal();
  return (
    <dialog ref={dialog} className="dialog" aria-labelledby="unfollow-title" onCancel={(e) => (e.preventDefault(), onCancel())}>
      <form method="dialog" onSubmit={(e) => (e.preventDefault(), onConfirm())}>
        <h2 id="unfollow-title">{t('companies.bulk.unfollow')}</h2>
        <p>{t('companies.bulk.unfollowConfirm', { count: formatNumber(count) })}</p>
        <div className="actions">
          <button type="button" onClick={onCancel} autoFocus>
            {t('common.cancel')}
          </button>
          <button type="submit" className="danger">
            {t('companies.bulk.unfollow')}
          </button>
        </div>
      </form>
    </dialog>
  );
}

/** The run's summary: counts, then each refused record with the server's reason in the user's language. */
export function BulkSummaryDialog({ result, onClose }: { result: BulkResult; onClose(): void }) {
  const { t, formatNumber } = useI18n();
  const dialog = useModal();
  return (
    <dialog ref={dialog} className="dialog bulk-summary" aria-labelledby="bulk-summary-title" onCancel={(e) => (e.preventDefault(), onClose())}>
      <h2 id="bulk-summary-title">{t('companies.summary.title')}</h2>
      <ul className="summary-counts">
        <li>{t('companies.summary.changed', { count: formatNumber(result.changed) })}</li>
        {result.unchanged > 0 && <li>{t('companies.summary.unchanged', { count: formatNumber(result.unchanged) })}</li>}
        {result.refused.length > 0 && <li>{t('companies.summary.refused', { count: formatNumber(result.refused.length) })}</li>}
      </ul>
      {result.refused.length > 0 && (
        <ul className="refusals">
          {result.refused.map((refusal) => (
            <li key={refusal.id} data-company-id={refusal.id}>
              {refusal.name ? <Link to={`/companies/${refusal.id}`}>{refusal.name}</Link> : <span>{t('companies.summary.unknown')}</span>}
              <span className="meta">{refusal.detail}</span>
            </li>
          ))}
        </ul>
      )}
      <div className="actions">
        <button type="button" className="primary" onClick={onClose} autoFocus>
          {t('companies.summary.close')}
        </button>
      </div>
    </dialog>
  );
}
