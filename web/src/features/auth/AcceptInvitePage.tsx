import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { api, ApiError, type InvitePreview, type Me } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';
import { errorText } from '../../shared/error-text';
import { FormField } from '../../shared/FormField';
import { tokenFromHash } from '../settings/utils/invite-link';
import '../settings/team.css';

// Before a login the agency's own roles cannot be read: one of them shows by its key.
const BUILT_IN_ROLES = new Set(['admin', 'manager', 'recruiter', 'viewer']);

const FIELDS = ['name', 'password'] as const;

/**
 * Where an invite link lands (`/invite#<secret>`): shows who invites whom
 * as what, then the invitee chooses a name and password and is logged in.
 * The secret is read from the fragment and only ever posted.
 */
export function AcceptInvitePage() {
  const { t, locale, setLocale } = useI18n();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [token] = useState(() => tokenFromHash(window.location.hash));
  const preview = useQuery({
    queryKey: ['invite-preview', token],
    queryFn: () => api<InvitePreview>('/api/invites/preview', { method: 'POST', body: { token } }),
    enabled: token !== null,
    retry: false,
    staleTime: Infinity,
  });
  const accept = useMutation({
    mutationFn: (body: { name: string; password: string }) => api<{ user: Me }>('/api/invites/accept', { method: 'POST', body: { token, ...body } }),
    onSuccess: ({ user }) => {
      if (user.language) setLocale(user.language);
      // The secret leaves the address bar and the history entry.
      window.history.replaceState(null, '', '/');
      queryClient.setQueryData(['me'], user);
      void navigate('/board', { replace: true });
    },
  });
  const issue = (field: (typeof FIELDS)[number]) => (accept.error instanceof ApiError ? accept.error.issueFor(field) : undefined);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    accept.mutate({ name: String(data.get('name') ?? '').trim(), password: String(data.get('password') ?? '') });
  };

  const invite = preview.data;
  return (
    <div className="login">
      <div className="card login-card">
        {!token && <p role="alert">{t('acceptInvite.noToken')}</p>}
        {token && preview.isPending && <p>{t('acceptInvite.checking')}</p>}
        {preview.isError && (
          <p role="alert" className="error">
            {errorText(preview.error, t)}
          </p>
        )}
        {invite && (
          <form onSubmit={submit} aria-labelledby="invite-title" noValidate className="accept-invite">
            <h1 id="invite-title">{t('acceptInvite.title', { agency: invite.agency.name })}</h1>
            <p>{t('acceptInvite.intro', { email: invite.email, role: BUILT_IN_ROLES.has(invite.role) ? t(`role.${invite.role}` as MessageKey) : invite.role })}</p>
            <FormField label={t('acceptInvite.email')}>{(control) => <input {...control} type="email" value={invite.email} readOnly autoComplete="username" />}</FormField>
            <FormField label={t('acceptInvite.name')} error={issue('name')}>
              {(control) => <input {...control} name="name" defaultValue={invite.name ?? ''} autoComplete="name" maxLength={200} required autoFocus />}
            </FormField>
            <FormField label={t('acceptInvite.password')} error={issue('password')} hint={t('team.passwordHint')}>
              {(control) => <input {...control} name="password" type="password" autoComplete="new-password" required />}
            </FormField>
            {accept.error && !FIELDS.some((field) => issue(field)) && (
              <p role="alert" className="error">
                {t('acceptInvite.failed', { detail: errorText(accept.error, t) })}
              </p>
            )}
            <button type="submit" className="primary" disabled={accept.isPending}>
              {t('acceptInvite.submit')}
            </button>
          </form>
        )}
        {(!token || preview.isError) && (
          <a href="/" className="button">
            {t('acceptInvite.toLogin')}
          </a>
        )}
        <button type="button" className="link" onClick={() => setLocale(locale === 'nl' ? 'en' : 'nl')}>
          {locale === 'nl' ? 'English' : 'Nederlands'}
        </button>
      </div>
    </div>
  );
}
