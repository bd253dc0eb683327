import { useEffect, useId, useRef } from 'react';
import { useI18n } from '../../../i18n/i18n';

export interface ConfirmDialogProps {
  title: string;
  /** What will happen, in a sentence or two. */
  body: string;
  confirmLabel: string;
  /** While the request runs: the confirm button waits. */
  busy?: boolean;
  /** The server's refusal, if it refused. */
  error?: string | undefined;
  onConfirm(): void;
  onCancel(): void;
}

/**
 * A modal question before something that cannot simply be undone
 * (deactivating a colleague, revoking a token). A native <dialog>: focus
 * stays inside, Escape cancels, and focus goes back where it was.
 */
export function ConfirmDialog({ title, body, confirmLabel, busy, error, onConfirm, onCancel }: ConfirmDialogProps) {
  const { t } = useI18n();
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const bodyId = useId();
  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog.current?.showModal();
    return () => opener?.focus();
  }, []);
  return (
    <dialog
      ref={dialog}
      className="dialog confirm-dialog"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          onConfirm();
        }}
      >
        <h2 id={titleId}>{title}</h2>
        <p id={bodyId}>{body}</p>
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        <div className="actions">
          <button type="button" onClick={onCancel} autoFocus>
            {t('common.cancel')}
          </button>
          <button type="submit" className="danger" disabled={busy}>
            {confirmLabel}
          </button>
        </div>
      </form>
    </dialog>
  );
}
