import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useI18n } from '../../../i18n/i18n';
import { useLossReasons } from '../../../shared/queries';

export interface LostDialogProps {
  companyName: string;
  onCancel(): void;
  onConfirm(reason: { lossReason: string; lossReasonText?: string; description?: string }): void;
}

/** Asks why a company is lost: a standard reason or free text (SPEC R2.4). */
export function LostDialog({ companyName, onCancel, onConfirm }: LostDialogProps) {
  const { t, locale } = useI18n();
  const reasons = useLossReasons();
  const dialog = useRef<HTMLDialogElement>(null);
  const [reason, setReason] = useState('');

  useEffect(() => {
    dialog.current?.showModal();
  }, []);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = String(form.get('lossReasonText') ?? '').trim();
    const description = String(form.get('description') ?? '').trim() || undefined;
    if (reason === 'other') onConfirm({ lossReason: text, description });
    else onConfirm({ lossReason: reason, description });
  };

  return (
    <dialog ref={dialog} className="dialog" aria-labelledby="lost-title" onCancel={(e) => (e.preventDefault(), onCancel())}>
      <form onSubmit={submit}>
        <h2 id="lost-title">{t('lost.title', { name: companyName })}</h2>
        <label>
          {t('lost.reason')}
          <select name="lossReason" required value={reason} onChange={(e) => setReason(e.target.value)}>
            <option value="" disabled>
              {t('lost.choose')}
            </option>
            {reasons.data?.map((r) => (
              <option key={r.key} value={r.key}>
                {r.label[locale]}
              </option>
            ))}
            <option value="other">{t('lost.other')}</option>
          </select>
        </label>
        {reason === 'other' && (
          <label>
            {t('lost.otherText')}
            <input name="lossReasonText" required maxLength={500} autoFocus />
          </label>
        )}
        <label>
          {t('lost.description')}
          <textarea name="description" rows={3} maxLength={5000} />
        </label>
        <div className="actions">
          <button type="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="danger" disabled={!reason}>
            {t('lost.confirm')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
