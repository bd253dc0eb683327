import { useId, useState, type FormEvent } from 'react';
import { ApiError, type AgencyRoleView, type NewRole, type RoleChange } from '../../../api/client';
import { useI18n } from '../../../i18n/i18n';
import { errorText } from '../../../shared/error-text';
import { useRoleName } from '../../../shared/role-name';
import { FormField } from '../../../shared/FormField';
import { useRoleActions, useRoles } from '../hooks/useAccess';
import { roleKeyFrom } from '../utils/permission-matrix';
import { RoleMatrix } from './RoleMatrix';
import '../access.css';

/**
 * Settings → Roles (SPEC R4.7, users:manage): the agency's roles, each
 * with its permissions matrix. The four built-in roles are read-only; the
 * agency's own are edited in place (saved with one button) and deleted
 * when nobody holds them. A new role starts from a name and a matrix.
 */
export function RolesSection() {
  const { t } = useI18n();
  const roleName = useRoleName();
  const titleId = useId();
  const roles = useRoles();
  const [chosen, setChosen] = useState<string | null>(null);
  const role = roles.data?.find((candidate) => candidate.id === chosen) ?? roles.data?.[0];
  return (
    <section className="card settings-section" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('roles.title')}</h2>
      <p className="description">{t('roles.intro')}</p>
      {roles.isError && (
        <p role="alert" className="error">
          {errorText(roles.error, t)}
        </p>
      )}
      {roles.data && role && (
        <>
          <div className="field">
            <label htmlFor={`${titleId}-pick`}>{t('roles.pick')}</label>
            <select id={`${titleId}-pick`} value={role.id} onChange={(event) => setChosen(event.target.value)}>
              {roles.data.map((option) => (
                <option key={option.id} value={option.id}>
                  {roleName(option.key)}
                  {option.builtIn ? ` (${t('roles.builtIn')})` : ''}
                </option>
              ))}
            </select>
          </div>
          <RoleEditor key={role.id} role={role} onDeleted={() => setChosen(null)} />
        </>
      )}
      <NewRoleForm onCreated={setChosen} />
    </section>
  );
}

function RoleEditor({ role, onDeleted }: { role: AgencyRoleView; onDeleted: () => void }) {
  const { t } = useI18n();
  const roleName = useRoleName();
  const { update, remove } = useRoleActions();
  const [draft, setDraft] = useState<string[]>(role.permissions);
  const [said, setSaid] = useState<string | null>(null);
  const changed = draft.join() !== role.permissions.join();
  const name = roleName(role.key);
  return (
    <div className="role-editor" data-role-key={role.key}>
      <p className="meta">
        {role.builtIn ? t('roles.readOnly') : t('roles.heldBy', { count: role.users })}
      </p>
      <RoleMatrix label={t('roles.matrixOf', { name })} permissions={draft} {...(role.builtIn ? {} : { onChange: (next: string[]) => (setSaid(null), setDraft(next)) })} />
      {!role.builtIn && (
        <div className="role-actions">
          <button
            type="button"
            className="primary"
            disabled={!changed || update.isPending}
            onClick={() => update.mutate({ id: role.id, permissions: draft as NonNullable<RoleChange['permissions']> }, { onSuccess: () => setSaid(t('roles.saved', { name })) })}
          >
            {t('roles.save')}
          </button>
          <button
            type="button"
            className="link danger-link"
            disabled={remove.isPending}
            onClick={() => remove.mutate(role.id, { onSuccess: onDeleted })}
          >
            {t('roles.delete', { name })}
          </button>
        </div>
      )}
      {(update.error || remove.error) && (
        <p role="alert" className="error">
          {errorText(update.error ?? remove.error, t)}
        </p>
      )}
      {said && <p role="status">{said}</p>}
    </div>
  );
}

function NewRoleForm({ onCreated }: { onCreated: (id: string) => void }) {
  const { t } = useI18n();
  const { create } = useRoleActions();
  const [permissions, setPermissions] = useState<string[]>(['companies:view']);
  const issue = (field: string) => (create.error instanceof ApiError ? create.error.issueFor(field) : undefined);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const nameNl = String(data.get('nameNl') ?? '').trim();
    const nameEn = String(data.get('nameEn') ?? '').trim() || nameNl;
    create.mutate(
      { key: roleKeyFrom(nameEn) || roleKeyFrom(nameNl), name: { nl: nameNl, en: nameEn }, permissions: permissions as NewRole['permissions'] },
      {
        onSuccess: (created) => {
          form.reset();
          setPermissions(['companies:view']);
          onCreated(created.id);
        },
      },
    );
  };
  return (
    <form className="team-form role-form" onSubmit={submit} aria-label={t('roles.new')} noValidate>
      <h3>{t('roles.new')}</h3>
      <FormField label={t('roles.nameNl')} error={issue('name.nl') ?? issue('key')}>
        {(control) => <input {...control} name="nameNl" autoComplete="off" maxLength={200} required />}
      </FormField>
      <FormField label={t('roles.nameEn')} error={issue('name.en')} hint={t('roles.nameEnHint')}>
        {(control) => <input {...control} name="nameEn" autoComplete="off" maxLength={200} />}
      </FormField>
      <RoleMatrix label={t('roles.new')} permissions={permissions} onChange={setPermissions} />
      {create.error && !issue('name.nl') && !issue('name.en') && !issue('key') && (
        <p role="alert" className="error">
          {errorText(create.error, t)}
        </p>
      )}
      <button type="submit" className="primary" disabled={create.isPending}>
        {t('roles.create')}
      </button>
    </form>
  );
}
