import type { TeamMember } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { ownerChoices } from './owner-choices';

export interface UserOptionsProps {
  users: readonly TeamMember[];
  /** The value the select holds now: kept, and marked, if that user was deactivated. */
  current?: string | null | undefined;
  /** A user the select lists apart (e.g. as "Me"). */
  exclude?: string | undefined;
}

/** The <option>s of a select of owners or assignees: active users, and a deactivated current one marked as such. */
export function UserOptions({ users, current, exclude }: UserOptionsProps) {
  const { t } = useI18n();
  return (
    <>
      {ownerChoices(users, current, exclude).map((user) => (
        <option key={user.id} value={user.id}>
          {user.active ? user.name : t('common.deactivatedUser', { name: user.name })}
        </option>
      ))}
    </>
  );
}
