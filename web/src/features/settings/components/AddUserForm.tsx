import { useState, type FormEvent } from 'react';
import { ApiError, type NewUser } from '../../../api/client';
import { useI18n } from '../../../i18n/i18n';
import { errorText } from '../../../shared/error-text';
import { FormField } from '../../../shared/FormField';
import { useAddUser } from '../hooks/useAddUser';
import { RoleOptions } from './RoleOptions';

const FIELDS = ['name', 'email', 'role', 'password'] as const;

/** An admin adds a colleague with a first password (to pass on themselves); the server's field errors under their fields. */
export function AddUserForm() {
  const { t } = useI18n();
  const add = useAddUser();
  const [added, setAdded] = useState<string | null>(null);
  // The server names the offending field; its message, in the UI's language, goes under that field.
  const issue = (field: (typeof FIELDS)[number]) => (add.error instanceof ApiError ? add.error.issueFor(field) : undefined);
  const otherProblem = add.error && !FIELDS.some((field) => issue(field));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const name = String(data.get('name') ?? '').trim();
    setAdded(null);
    const user: NewUser = { email: String(data.get('email') ?? '').trim(), password: String(data.get('password') ?? ''), role: String(data.get('role')) as NewUser['role'] };
    add.mutate(name ? { ...user, name } : user, {
      onSuccess: (created) => {
        form.reset();
        setAdded(t('team.added', { name: created.name }));
      },
    });
  };

  return (
    <form className="team-form" onSubmit={submit} aria-label={t('team.add')} noValidate>
      <h3>{t('team.add')}</h3>
      <p className="meta">{t('team.addIntro')}</p>
      <FormField label={t('team.name')} error={issue('name')}>
        {(control) => <input {...control} name="name" autoComplete="off" maxLength={200} />}
      </FormField>
      <FormField label={t('team.email')} error={issue('email')}>
        {(control) => <input {...control} name="email" type="email" autoComplete="off" required />}
      </FormField>
      <FormField label={t('team.role')} error={issue('role')}>
        {(control) => (
          <select {...control} name="role" defaultValue="recruiter">
            <RoleOptions />
          </select>
        )}
      </FormField>
      <FormField label={t('team.password')} error={issue('password')} hint={t('team.passwordHint')}>
        {(control) => <input {...control} name="password" type="password" autoComplete="new-password" required />}
      </FormField>
      {otherProblem && (
        <p role="alert" className="error">
          {t('team.failed', { detail: errorText(add.error, t) })}
        </p>
      )}
      {added && <p role="status">{added}</p>}
      <button type="submit" className="primary" disabled={add.isPending}>
        {t('team.add')}
      </button>
    </form>
  );
}
