import { useEffect, useId, useRef } from 'react';
import { useI18n } from '../i18n/i18n';

export interface ConfirmDialogProps {
  title: string;
  text: string;
  /** The confirming button's label, e.g. "Remove". */
  confirm: string;
  busy?: boolean;
  /** The server's refusal, shown in the dialog. */
  error?: string | null;
  onConfirm(): void;
  onClose(): void;
}

/**
 * Asks before something that cannot be taken back in one click (removing a
 * contact, unfollowing, deactivating a colleague, revoking a token). A modal <dialog>: focus starts on Cancel, Escape
 * closes it, and focus returns to the button that opened it.
 */
export function ConfirmDialog({ title, text, confirm, busy = false, error, onConfirm, onClose }: ConfirmDialogProps) {
  const { t } = useI18n();
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const textId = useId();
  useEffect(() => {
    const opener = document.activeElement as HTMLElement | null;
    dialog.current?.showModal();
    cancel.current?.focus();
    return () => opener?.focus();
  }, []);
  return (
    <dialog ref={dialog} className="dialog confirm-dialog" aria-labelledby={titleId} aria-describedby={textId} onCancel={(e) => (e.preventDefault(), onClose())}>
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault();
          onConfirm();
        }}
      >
        <h2 id={titleId}>{title}</h2>
        <p id={textId}>{text}</p>
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        <div className="actions">
          <button type="button" ref={cancel} onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="danger" disabled={busy}>
            {confirm}
          </button>
        </div>
      </form>
    </dialog>
  );
}
