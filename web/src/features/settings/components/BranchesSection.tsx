import { useId, useState, type FormEvent } from 'react';
import { ApiError, type Branch } from '../../../api/client';
import { useI18n } from '../../../i18n/i18n';
import { errorText } from '../../../shared/error-text';
import { FormField } from '../../../shared/FormField';
import { useBranchActions, useBranches } from '../hooks/useAccess';
import '../access.css';

/**
 * Settings → Branches (vestigingen, SPEC R1.4; settings:manage): add,
 * rename, archive and restore. An archived branch is no longer offered;
 * its users and records keep it.
 */
export function BranchesSection() {
  const { t } = useI18n();
  const titleId = useId();
  const branches = useBranches();
  const { create } = useBranchActions();
  const issue = create.error instanceof ApiError ? create.error.issueFor('name') : undefined;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const name = String(new FormData(form).get('name') ?? '').trim();
    create.mutate(name, { onSuccess: () => form.reset() });
  };
  return (
    <section className="card settings-section" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('branches.title')}</h2>
      <p className="description">{t('branches.intro')}</p>
      {branches.isError && (
        <p role="alert" className="error">
          {errorText(branches.error, t)}
        </p>
      )}
      {branches.data?.length === 0 && <p className="meta">{t('branches.none')}</p>}
      <ul className="branch-list" aria-label={t('branches.title')}>
        {branches.data?.map((branch) => <BranchRow key={branch.id} branch={branch} />)}
      </ul>
      <form className="team-form" onSubmit={submit} aria-label={t('branches.add')} noValidate>
        <FormField label={t('branches.name')} error={issue}>
          {(control) => <input {...control} name="name" autoComplete="off" maxLength={200} required />}
        </FormField>
        {create.error && !issue && (
          <p role="alert" className="error">
            {errorText(create.error, t)}
          </p>
        )}
        <button type="submit" className="primary" disabled={create.isPending}>
          {t('branches.add')}
        </button>
      </form>
    </section>
  );
}

function BranchRow({ branch }: { branch: Branch }) {
  const { t } = useI18n();
  const { update } = useBranchActions();
  const [name, setName] = useState(branch.name);
  const archived = branch.archivedAt !== null;
  const rename = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    update.mutate({ id: branch.id, name: name.trim() });
  };
  return (
    <li className={`branch-row${archived ? ' archived' : ''}`} data-branch-id={branch.id}>
      <form className="branch-row" onSubmit={rename}>
        <input aria-label={t('branches.nameOf', { name: branch.name })} className="branch-name" value={name} maxLength={200} onChange={(event) => setName(event.target.value)} />
        <button type="submit" className="link" disabled={update.isPending || name.trim() === branch.name || name.trim() === ''}>
          {t('branches.rename')}
        </button>
      </form>
      <span className="meta">{t('branches.users', { count: branch.users })}</span>
      {archived && <span className="chip">{t('branches.archived')}</span>}
      <button type="button" className="link" disabled={update.isPending} onClick={() => update.mutate({ id: branch.id, archived: !archived })}>
        {archived ? t('branches.restore') : t('branches.archive')}
      </button>
      {update.error && (
        <p role="alert" className="error">
          {errorText(update.error, t)}
        </p>
      )}
    </li>
  );
}
