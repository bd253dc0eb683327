import { useState } from 'react';
import type { Me, TeamMember, UserChange } from '../../../api/client';
import { useI18n } from '../../../i18n/i18n';
import { errorText } from '../../../shared/error-text';
import { useRoleName } from '../../../shared/role-name';
import { useBranches, useRoles } from '../hooks/useAccess';
import { useMemberActions } from '../hooks/useTeam';
import { memberActions, rolesManagingUsers } from '../utils/team-rules';
import { ConfirmDialog } from '../../../shared/ConfirmDialog';
import { ResetPassword } from './ResetPassword';
import { RoleOptions } from './RoleOptions';

export interface MemberRowProps {
  member: TeamMember;
  members: TeamMember[];
  me: Me;
}

/**
 * One colleague: name, e-mail, role (a picker for the admin), active or
 * not, last login; and what an admin may do to them. The agency's last
 * active user who can manage users (any role holding users:manage) cannot
 * be demoted or deactivated, nor can one deactivate
 * oneself (the server refuses those too).
 */
export function MemberRow({ member, members, me }: MemberRowProps) {
  const { t, formatRelative, formatDateTime } = useI18n();
  const { update, deactivate, reactivate } = useMemberActions();
  const [confirming, setConfirming] = useState(false);
  const [said, setSaid] = useState<string | null>(null);
  const roles = useRoles();
  // Who counts as an admin here is who the server counts: an active user whose role holds users:manage.
  const allowed = memberActions(members, member, me.id, rolesManagingUsers(roles.data));
  const roleName = useRoleName();
  const roleLabel = roleName(member.role);
  const branches = useBranches();
  // Active branches, and the member's own even when archived (so the picker shows what they have).
  const branchChoices = branches.data?.filter((branch) => branch.archivedAt === null || branch.id === member.branchId) ?? [];

  const changeRole = (role: string) => {
    setSaid(null);
    update.mutate(
      { userId: member.id, role: role as NonNullable<UserChange['role']> },
      { onSuccess: (changed) => setSaid(t('team.roleChanged', { name: changed.name, role: roleName(changed.role) })) },
    );
  };
  const changeBranch = (branchId: string) => {
    setSaid(null);
    update.mutate(
      { userId: member.id, branchId: branchId === '' ? null : branchId },
      { onSuccess: (changed) => setSaid(t('team.branchChanged', { name: changed.name, branch: branches.data?.find((b) => b.id === changed.branchId)?.name ?? t('team.noBranch') })) },
    );
  };
  const confirmDeactivate = () =>
    deactivate.mutate(member.id, {
      onSuccess: () => {
        setConfirming(false);
        setSaid(t('team.deactivated', { name: member.name }));
      },
    });

  return (
    <li className={`member-row${member.active ? '' : ' inactive'}`} data-user-id={member.id}>
      <div className="member-who">
        <strong>{member.name}</strong>
        {member.id === me.id && <span className="chip">{t('team.you')}</span>}
        <span className="meta">{member.email}</span>
      </div>
      <div className="member-state">
        {allowed.changeRole ? (
          <select aria-label={t('team.roleOf', { name: member.name })} value={member.role} disabled={update.isPending} onChange={(event) => changeRole(event.target.value)}>
            <RoleOptions />
          </select>
        ) : (
          <span className="chip" title={t('team.lastAdmin')}>
            {roleLabel}
          </span>
        )}
        {branchChoices.length > 0 && (
          <select aria-label={t('team.branchOf', { name: member.name })} value={member.branchId ?? ''} disabled={update.isPending} onChange={(event) => changeBranch(event.target.value)}>
            <option value="">{t('team.noBranch')}</option>
            {branchChoices.map((branch) => (
              <option key={branch.id} value={branch.id}>
                {branch.name}
              </option>
            ))}
          </select>
        )}
        <span className={`chip ${member.active ? 'active' : 'deactivated'}`}>{member.active ? t('team.active') : t('team.inactive')}</span>
        <span className="meta" title={member.lastLoginAt ? formatDateTime(member.lastLoginAt) : undefined}>
          {member.lastLoginAt ? t('team.lastLogin', { when: formatRelative(member.lastLoginAt) }) : t('team.neverLoggedIn')}
        </span>
      </div>
      <div className="member-actions">
        {allowed.resetPassword && <ResetPassword user={member} />}
        {allowed.deactivate && (
          <button type="button" className="link danger-link" aria-label={t('team.deactivateName', { name: member.name })} onClick={() => (deactivate.reset(), setConfirming(true))}>
            {t('team.deactivate')}
          </button>
        )}
        {allowed.reactivate && (
          <button
            type="button"
            className="link"
            aria-label={t('team.reactivateName', { name: member.name })}
            disabled={reactivate.isPending}
            onClick={() => reactivate.mutate(member.id, { onSuccess: () => setSaid(t('team.reactivated', { name: member.name })) })}
          >
            {t('team.reactivate')}
          </button>
        )}
      </div>
      {(update.error || reactivate.error) && (
        <p role="alert" className="error member-error">
          {errorText(update.error ?? reactivate.error, t)}
        </p>
      )}
      {said && (
        <p role="status" className="meta member-said">
          {said}
        </p>
      )}
      {confirming && (
        <ConfirmDialog
          title={t('team.deactivateTitle', { name: member.name })}
          text={t('team.deactivateBody', { name: member.name })}
          confirm={t('team.deactivate')}
          busy={deactivate.isPending}
          error={deactivate.error ? errorText(deactivate.error, t) : undefined}
          onConfirm={confirmDeactivate}
          onClose={() => setConfirming(false)}
        />
      )}
    </li>
  );
}
