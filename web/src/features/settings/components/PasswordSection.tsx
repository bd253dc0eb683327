import { useId, useState, type FormEvent } from 'react';
import { ApiError } from '../../../api/client';
import { useI18n } from '../../../i18n/i18n';
import { errorText } from '../../../shared/error-text';
import { FormField } from '../../../shared/FormField';
import { useChangePassword } from '../hooks/usePasswords';

const FIELDS = ['currentPassword', 'newPassword'] as const;

/** Changing one's own password; the server's field errors (wrong current password, too weak a new one) under their fields. */
export function PasswordSection() {
  const { t } = useI18n();
  const titleId = useId();
  const change = useChangePassword();
  const [changed, setChanged] = useState(false);
  const issue = (field: (typeof FIELDS)[number]) => (change.error instanceof ApiError ? change.error.issueFor(field) : undefined);
  const otherProblem = change.error && !FIELDS.some((field) => issue(field));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    setChanged(false);
    change.mutate(
      { currentPassword: String(data.get('currentPassword') ?? ''), newPassword: String(data.get('newPassword') ?? '') },
      {
        onSuccess: () => {
          form.reset();
          setChanged(true);
        },
      },
    );
  };

  return (
    <section className="card settings-section" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('password.title')}</h2>
      <p className="description">{t('password.endsOthers')}</p>
      <form className="team-form" onSubmit={submit} aria-label={t('password.title')} noValidate>
        <FormField label={t('password.current')} error={issue('currentPassword')}>
          {(control) => <input {...control} name="currentPassword" type="password" autoComplete="current-password" required />}
        </FormField>
        <FormField label={t('password.new')} error={issue('newPassword')} hint={t('team.passwordHint')}>
          {(control) => <input {...control} name="newPassword" type="password" autoComplete="new-password" required />}
        </FormField>
        {otherProblem && (
          <p role="alert" className="error">
            {t('password.failed', { detail: errorText(change.error, t) })}
          </p>
        )}
        {changed && <p role="status">{t('password.changed')}</p>}
        <button type="submit" className="primary" disabled={change.isPending}>
          {t('password.submit')}
        </button>
      </form>
    </section>
  );
}
