import { useState, type FormEvent } from 'react';
import { ApiError, type User } from '../../../api/client';
import { useI18n } from '../../../i18n/i18n';
import { errorText } from '../../../shared/error-text';
import { FormField } from '../../../shared/FormField';
import { useResetPassword } from '../hooks/usePasswords';

/** An admin sets a new password for a colleague who forgot theirs (their sessions end); the server's field error under the field. */
export function ResetPassword({ user }: { user: User }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState(false);
  const reset = useResetPassword();
  const issue = reset.error instanceof ApiError ? reset.error.issueFor('newPassword') : undefined;

  const start = () => {
    reset.reset();
    setDone(false);
    setOpen(true);
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    reset.mutate(
      { userId: user.id, newPassword: String(new FormData(form).get('newPassword') ?? '') },
      {
        onSuccess: () => {
          setOpen(false);
          setDone(true);
        },
      },
    );
  };

  if (!open) {
    return (
      <>
        <button type="button" className="link" aria-label={t('team.resetFor', { name: user.name })} onClick={start}>
          {t('team.reset')}
        </button>
        {done && <span role="status">{t('team.resetDone', { name: user.name })}</span>}
      </>
    );
  }
  return (
    <form className="reset-form" onSubmit={submit} aria-label={t('team.resetFor', { name: user.name })} noValidate>
      <FormField label={t('team.resetFor', { name: user.name })} error={issue} hint={t('team.passwordHint')}>
        {(control) => <input {...control} name="newPassword" type="password" autoComplete="new-password" required autoFocus />}
      </FormField>
      {reset.error && !issue && (
        <p role="alert" className="error">
          {t('team.resetFailed', { detail: errorText(reset.error, t) })}
        </p>
      )}
      <div className="actions">
        <button type="button" onClick={() => setOpen(false)}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="primary" disabled={reset.isPending}>
          {t('common.save')}
        </button>
      </div>
    </form>
  );
}
