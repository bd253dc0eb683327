import { useI18n } from '../../../i18n/i18n';
import type { MessageKey } from '../../../i18n/messages';
import { useRoles } from '../hooks/useAccess';

// The built-in roles, offered before the agency's list arrives; keyed alike, so a picker keeps its choice when the list comes.
const BUILT_IN = ['admin', 'manager', 'recruiter', 'viewer'];

/** The <option>s of a role picker: the agency's roles (the built-in ones and its own, GET /api/roles). */
export function RoleOptions() {
  const { t, locale } = useI18n();
  const roles = useRoles();
  const options = roles.data ?? BUILT_IN.map((key) => ({ key, builtIn: true, name: { nl: key, en: key } }));
  return (
    <>
      {options.map((role) => (
        <option key={role.key} value={role.key}>
          {role.builtIn ? t(`role.${role.key}` as MessageKey) : role.name[locale]}
        </option>
      ))}
    </>
  );
}
