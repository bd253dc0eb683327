import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import type { BulkResult } from '../../../api/client';
import { useI18n } from '../../../i18n/i18n';

function useModal() {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => dialog.current?.showModal(), []);
  return dialog;
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
