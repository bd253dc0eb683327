import { useId, useState, type FormEvent } from 'react';
import { ApiError, type Me } from '../../../api/client';
import { useI18n } from '../../../i18n/i18n';
import { useOwnRoleName } from '../../../shared/role-name';
import { errorText } from '../../../shared/error-text';
import { FormField } from '../../../shared/FormField';
import { useUpdateProfile } from '../hooks/useProfile';
import '../team.css';

/** My profile: my name and the language the app opens in after I log in (also switched now); who I am and my role. */
export function ProfileSection({ me }: { me: Me }) {
  const { t, setLocale } = useI18n();
  const roleName = useOwnRoleName(me);
  const titleId = useId();
  const save = useUpdateProfile();
  const [saved, setSaved] = useState(false);
  const issue = (field: 'name' | 'language') => (save.error instanceof ApiError ? save.error.issueFor(field) : undefined);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const language = String(data.get('language') ?? '');
    setSaved(false);
    save.mutate(
      { name: String(data.get('name') ?? '').trim(), language: language === 'nl' || language === 'en' ? language : null },
      {
        onSuccess: (updated) => {
          if (updated.language) setLocale(updated.language);
          setSaved(true);
        },
      },
    );
  };

  return (
    <section className="card settings-section" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('profile.title')}</h2>
      <p className="description">
        {me.email} · {me.agency.name} · {roleName}
      </p>
      <form className="team-form" onSubmit={submit} aria-label={t('profile.title')} noValidate key={`${me.name}|${me.language ?? ''}`}>
        <FormField label={t('profile.name')} error={issue('name')}>
          {(control) => <input {...control} name="name" defaultValue={me.name} autoComplete="name" maxLength={200} required />}
        </FormField>
        <FormField label={t('profile.language')} error={issue('language')} hint={t('profile.languageHint')}>
          {(control) => (
            <select {...control} name="language" defaultValue={me.language ?? ''}>
              <option value="">{t('profile.languageBrowser')}</option>
              <option value="nl" lang="nl">
                Nederlands
              </option>
              <option value="en" lang="en">
                English
              </option>
            </select>
          )}
        </FormField>
        {save.error && !issue('name') && !issue('language') && (
          <p role="alert" className="error">
            {t('profile.failed', { detail: errorText(save.error, t) })}
          </p>
        )}
        {saved && <p role="status">{t('profile.saved')}</p>}
        <button type="submit" className="primary" disabled={save.isPending}>
          {t('common.save')}
        </button>
      </form>
    </section>
  );
}
