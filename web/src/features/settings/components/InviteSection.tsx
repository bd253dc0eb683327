import { useState, type FormEvent } from 'react';
import { ApiError, type CreatedInvite, type NewInvite } from '../../../api/client';
import { useI18n } from '../../../i18n/i18n';
import { useRoleName } from '../../../shared/role-name';
import { errorText } from '../../../shared/error-text';
import { FormField } from '../../../shared/FormField';
import { useInviteActions, useInvites } from '../hooks/useTeam';
import { inviteLink } from '../utils/invite-link';
import { ConfirmDialog } from '../../../shared/ConfirmDialog';
import { CopySecret } from './CopySecret';
import { RoleOptions } from './RoleOptions';

const FIELDS = ['name', 'email', 'role'] as const;

/**
 * Inviting a colleague: the product sends no e-mail, so the admin gets a
 * one-time link to pass on (shown once), and sees the invites still open,
 * each of which they may withdraw.
 */
export function InviteSection() {
  const { t, formatDate } = useI18n();
  const roleName = useRoleName();
  const invites = useInvites();
  const { create, revoke } = useInviteActions();
  const [created, setCreated] = useState<CreatedInvite | null>(null);
  const [withdrawing, setWithdrawing] = useState<{ id: string; email: string } | null>(null);
  const issue = (field: (typeof FIELDS)[number]) => (create.error instanceof ApiError ? create.error.issueFor(field) : undefined);
  const otherProblem = create.error && !FIELDS.some((field) => issue(field));
  const open = invites.data?.filter((invite) => invite.status === 'pending' || invite.status === 'expired') ?? [];

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const name = String(data.get('name') ?? '').trim();
    const invite: NewInvite = { email: String(data.get('email') ?? '').trim(), role: String(data.get('role')) as NewInvite['role'] };
    setCreated(null);
    create.mutate(name ? { ...invite, name } : invite, {
      onSuccess: (made) => {
        form.reset();
        setCreated(made);
      },
    });
  };

  return (
    <div className="invite-section">
      <form className="team-form" onSubmit={submit} aria-label={t('invite.title')} noValidate>
        <h3>{t('invite.title')}</h3>
        <p className="meta">{t('invite.intro')}</p>
        <FormField label={t('team.email')} error={issue('email')}>
          {(control) => <input {...control} name="email" type="email" autoComplete="off" required />}
        </FormField>
        <FormField label={t('team.name')} error={issue('name')}>
          {(control) => <input {...control} name="name" autoComplete="off" maxLength={200} />}
        </FormField>
        <FormField label={t('team.role')} error={issue('role')}>
          {(control) => (
            <select {...control} name="role" defaultValue="recruiter">
              <RoleOptions />
            </select>
          )}
        </FormField>
        {otherProblem && (
          <p role="alert" className="error">
            {t('invite.failed', { detail: errorText(create.error, t) })}
          </p>
        )}
        <button type="submit" className="primary" disabled={create.isPending}>
          {t('invite.submit')}
        </button>
      </form>
      {created && (
        <CopySecret
          label={t('invite.linkFor', { email: created.email })}
          value={inviteLink(window.location.origin, created.token)}
          hint={t('invite.linkHint', { date: formatDate(created.expiresAt) })}
        />
      )}
      {open.length > 0 && (
        <>
          <h4>{t('invite.open')}</h4>
          <ul className="invite-list">
            {open.map((invite) => (
              <li key={invite.id} data-invite-id={invite.id}>
                <span>{invite.email}</span>
                <span className="chip">{roleName(invite.role)}</span>
                <span className={`meta${invite.status === 'expired' ? ' expired' : ''}`}>
                  {invite.status === 'expired' ? t('invite.expired') : t('invite.until', { date: formatDate(invite.expiresAt) })}
                </span>
                <button type="button" className="link danger-link" aria-label={t('invite.withdrawFor', { email: invite.email })} onClick={() => (revoke.reset(), setWithdrawing(invite))}>
                  {t('invite.withdraw')}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {withdrawing && (
        <ConfirmDialog
          title={t('invite.withdrawTitle', { email: withdrawing.email })}
          text={t('invite.withdrawBody')}
          confirm={t('invite.withdraw')}
          busy={revoke.isPending}
          error={revoke.error ? errorText(revoke.error, t) : undefined}
          onConfirm={() => revoke.mutate(withdrawing.id, { onSuccess: () => setWithdrawing(null) })}
          onClose={() => setWithdrawing(null)}
        />
      )}
    </div>
  );
}
