import { useId, useState, type FormEvent } from 'react';
import { ApiError, type Me, type NewUser } from '../../../api/client';
import { useI18n } from '../../../i18n/i18n';
import type { MessageKey } from '../../../i18n/messages';
import { errorText } from '../../../shared/error-text';
import { FormField } from '../../../shared/FormField';
import { useUsers } from '../../../shared/queries';
import { useAddUser } from '../hooks/useAddUser';
import { ResetPassword } from './ResetPassword';

/** The roles an agency admin hands out, each with its label; a new role on the server is a compile error here. */
const ROLES: Record<Exclude<NewUser['role'], 'operator'>, MessageKey> = {
  recruiter: 'role.recruiter',
  manager: 'role.manager',
  admin: 'role.admin',
  viewer: 'role.viewer',
};

const FIELDS = ['name', 'email', 'role', 'password'] as const;

/** The agency's users (an admin resets a colleague's password), and adding one with a password the server checks. */
export function TeamSection({ me }: { me: Me }) {
  const { t } = useI18n();
  const titleId = useId();
  const users = useUsers();
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
    <section className="card settings-section" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('team.title')}</h2>
      <p className="description">{t('team.intro', { agency: me.agency.name })}</p>
      <ul className="team-list">
        {users.data?.map((user) => (
          <li key={user.id}>
            <strong>{user.name}</strong>
            <span className="meta">{user.email}</span>
            <span className="chip">{t(`role.${user.role}` as MessageKey)}</span>
            {user.id !== me.id && <ResetPassword user={user} />}
          </li>
        ))}
      </ul>
      <form className="team-form" onSubmit={submit} aria-label={t('team.add')} noValidate>
        <h3>{t('team.add')}</h3>
        <FormField label={t('team.name')} error={issue('name')}>
          {(control) => <input {...control} name="name" autoComplete="off" maxLength={200} />}
        </FormField>
        <FormField label={t('team.email')} error={issue('email')}>
          {(control) => <input {...control} name="email" type="email" autoComplete="off" required />}
        </FormField>
        <FormField label={t('team.role')} error={issue('role')}>
          {(control) => (
            <select {...control} name="role" defaultValue="recruiter">
              {Object.entries(ROLES).map(([role, label]) => (
                <option key={role} value={role}>
                  {t(label)}
                </option>
              ))}
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
    </section>
  );
}
