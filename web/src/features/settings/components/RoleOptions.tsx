import type { NewUser } from '../../../api/client';
import { useI18n } from '../../../i18n/i18n';
import type { MessageKey } from '../../../i18n/messages';

/** The roles an agency admin hands out, each with its label; a new role on the server is a compile error here. */
export const AGENCY_ROLES: Record<Exclude<NewUser['role'], 'operator'>, MessageKey> = {
  recruiter: 'role.recruiter',
  manager: 'role.manager',
  admin: 'role.admin',
  viewer: 'role.viewer',
};

/** The <option>s of a role picker. */
export function RoleOptions() {
  const { t } = useI18n();
  return (
    <>
      {Object.entries(AGENCY_ROLES).map(([role, label]) => (
        <option key={role} value={role}>
          {t(label)}
        </option>
      ))}
    </>
  );
}
