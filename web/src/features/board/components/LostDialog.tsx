import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useI18n } from '../../../i18n/i18n';
import { LossReasonFields, lossReasonFrom } from '../../../shared/LossReasonFields';

export interface LostDialogProps {
  companyName: string;
  onCancel(): void;
  onConfirm(reason: { lossReason: string; description?: string | undefined }): void;
}

/** Asks why a company is lost: a standard reason or free text (SPEC R2.4). */
export function LostDialog({ companyName, onCancel, onConfirm }: LostDialogProps) {
  const { t } = useI18n();
  const dialog = useRef<HTMLDialogElement>(null);
  const [reason, setReason] = useState('');

  useEffect(() => {
    dialog.current?.showModal();
  }, []);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const description = String(form.get('description') ?? '').trim() || undefined;
    onConfirm({ lossReason: lossReasonFrom(reason, form), description });
  };

  return (
    <dialog ref={dialog} className="dialog" aria-labelledby="lost-title" onCancel={(e) => (e.preventDefault(), onCancel())}>
      <form onSubmit={submit}>
        <h2 id="lost-title">{t('lost.title', { name: companyName })}</h2>
        <LossReasonFields reason={reason} onReasonChange={setReason} />
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
