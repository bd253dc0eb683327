import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api, type Me } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { errorText } from '../../shared/error-text';

export function LoginPage() {
  const { t, locale, setLocale } = useI18n();
  const queryClient = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(null);
    try {
      const { user } = await api<{ user: Me }>('/api/auth/login', {
        method: 'POST',
        body: { email: form.get('email'), password: form.get('password') },
      });
      // The language the user chose in their profile, on every device they log in on.
      if (user.language) setLocale(user.language);
      queryClient.setQueryData(['me'], user);
    } catch (e) {
      setError(t('login.failed', { detail: errorText(e, t) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className="login">
      <form onSubmit={submit} className="card login-card" aria-labelledby="login-title">
        <h1 id="login-title">{t('login.title')}</h1>
        <label>
          {t('login.email')}
          <input name="email" type="email" autoComplete="username" required autoFocus />
        </label>
        <label>
          {t('login.password')}
          <input name="password" type="password" autoComplete="current-password" required />
        </label>
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        <button type="submit" className="primary" disabled={busy}>
          {t('login.submit')}
        </button>
        <button type="button" className="link" onClick={() => setLocale(locale === 'nl' ? 'en' : 'nl')}>
          {locale === 'nl' ? 'English' : 'Nederlands'}
        </button>
      </form>
    </main>
  );
}
