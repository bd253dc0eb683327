import { useI18n } from '../../../i18n/i18n';
import type { MessageKey } from '../../../i18n/messages';
import { ADMIN_RIGHTS, MATRIX_ACTIONS, MATRIX_RESOURCES, toggled } from '../utils/permission-matrix';

export interface RoleMatrixProps {
  /** What the table is for, for assistive technology: the role's name. */
  label: string;
  permissions: readonly string[];
  /** Absent: read-only (a built-in role). */
  onChange?: (permissions: string[]) => void;
}

/**
 * A role's permissions as a table of checkboxes: a row per resource with
 * view, create, edit and delete, then a row per admin right. Each box is
 * labelled "resource: action" for screen readers; the table scrolls
 * sideways on a phone.
 */
export function RoleMatrix({ label, permissions, onChange }: RoleMatrixProps) {
  const { t } = useI18n();
  const box = (name: string, aria: string) => (
    <input
      type="checkbox"
      aria-label={aria}
      checked={permissions.includes(name)}
      disabled={!onChange}
      onChange={(event) => onChange?.(toggled(permissions, name, event.target.checked))}
    />
  );
  return (
    <div className="role-matrix-wrap">
      <table className="role-matrix" aria-label={label}>
        <thead>
          <tr>
            <th scope="col">{t('roles.resource')}</th>
            {MATRIX_ACTIONS.map((action) => (
              <th key={action} scope="col">
                {t(`roles.action.${action}` as MessageKey)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {MATRIX_RESOURCES.map((resource) => {
            const resourceName = t(`roles.resource.${resource}` as MessageKey);
            return (
              <tr key={resource}>
                <th scope="row">{resourceName}</th>
                {MATRIX_ACTIONS.map((action) => (
                  <td key={action}>{box(`${resource}:${action}`, `${resourceName}: ${t(`roles.action.${action}` as MessageKey)}`)}</td>
                ))}
              </tr>
            );
          })}
          {ADMIN_RIGHTS.map((right) => {
            const rightName = t(`roles.right.${right}` as MessageKey);
            return (
              <tr key={right} className="role-right">
                <th scope="row">{rightName}</th>
                <td colSpan={MATRIX_ACTIONS.length}>{box(right, rightName)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
