import { useId, useState, type FormEvent } from 'react';
import { ApiError, type CreatedApiToken } from '../../../api/client';
import { useI18n } from '../../../i18n/i18n';
import { errorText } from '../../../shared/error-text';
import { FormField } from '../../../shared/FormField';
import { useTokenActions, useTokens } from '../hooks/useTokens';
import '../team.css';
import { ConfirmDialog } from '../../../shared/ConfirmDialog';
import { CopySecret } from './CopySecret';

/**
 * One's own personal API tokens (every role): make one for an integration
 * (its secret shown this once, with a copy button), see when each was made
 * and last used, revoke one (after a question).
 */
export function TokensSection() {
  const { t, formatDateTime, formatRelative } = useI18n();
  const titleId = useId();
  const tokens = useTokens();
  const { create, revoke } = useTokenActions();
  const [created, setCreated] = useState<CreatedApiToken | null>(null);
  const [revoking, setRevoking] = useState<{ id: string; name: string } | null>(null);
  const nameIssue = create.error instanceof ApiError ? create.error.issueFor('name') : undefined;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    setCreated(null);
    create.mutate(String(new FormData(form).get('name') ?? '').trim(), {
      onSuccess: (made) => {
        form.reset();
        setCreated(made);
      },
    });
  };

  return (
    <section className="card settings-section" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('tokens.title')}</h2>
      <p className="description">{t('tokens.intro')}</p>
      <form className="team-form" onSubmit={submit} aria-label={t('tokens.create')} noValidate>
        <FormField label={t('tokens.name')} error={nameIssue} hint={t('tokens.nameHint')}>
          {(control) => <input {...control} name="name" autoComplete="off" maxLength={100} required />}
        </FormField>
        {create.error && !nameIssue && (
          <p role="alert" className="error">
            {t('tokens.failed', { detail: errorText(create.error, t) })}
          </p>
        )}
        <button type="submit" className="primary" disabled={create.isPending}>
          {t('tokens.create')}
        </button>
      </form>
      {created && <CopySecret label={t('tokens.secretFor', { name: created.name })} value={created.token} hint={t('tokens.secretHint')} />}
      {tokens.data && tokens.data.length === 0 && <p className="meta">{t('tokens.none')}</p>}
      {tokens.data && tokens.data.length > 0 && (
        <ul className="token-list" aria-label={t('tokens.yours')}>
          {tokens.data.map((token) => (
            <li key={token.id} className={token.revokedAt ? 'revoked' : ''} data-token-id={token.id}>
              <strong>{token.name}</strong>
              <span className="meta">{t('tokens.created', { when: formatDateTime(token.createdAt) })}</span>
              <span className="meta" title={token.lastUsedAt ? formatDateTime(token.lastUsedAt) : undefined}>
                {token.lastUsedAt ? t('tokens.lastUsed', { when: formatRelative(token.lastUsedAt) }) : t('tokens.neverUsed')}
              </span>
              {token.revokedAt ? (
                <span className="chip deactivated">{t('tokens.revoked')}</span>
              ) : (
                <button type="button" className="link danger-link" aria-label={t('tokens.revokeName', { name: token.name })} onClick={() => (revoke.reset(), setRevoking(token))}>
                  {t('tokens.revoke')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {revoking && (
        <ConfirmDialog
          title={t('tokens.revokeTitle', { name: revoking.name })}
          text={t('tokens.revokeBody')}
          confirm={t('tokens.revoke')}
          busy={revoke.isPending}
          error={revoke.error ? errorText(revoke.error, t) : undefined}
          onConfirm={() => revoke.mutate(revoking.id, { onSuccess: () => setRevoking(null) })}
          onClose={() => setRevoking(null)}
        />
      )}
    </section>
  );
}
