import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { api, type CompanyList, type DossierDetail } from '../../../api/client';
import { useI18n } from '../../../i18n/i18n';
import { useBranches } from '../../../shared/branches';
import { errorText } from '../../../shared/error-text';
import { useDebounced } from '../../../shared/useDebounced';
import { useDossierAction } from '../hooks/useDossiers';

/**
 * A dossier's client and branch, changed in place: the client is found by
 * searching the agency's companies (or none), the branch is one of the
 * active branches (or none). The timeline records the change with both
 * names (`deal_updated`).
 */
export function DossierClient({ dossier, onSaved }: { dossier: DossierDetail; onSaved(): void }) {
  const { t } = useI18n();
  const [editing, setEditing] = useState(false);
  const [search, setSearch] = useState('');
  const [companyId, setCompanyId] = useState(dossier.company?.id ?? '');
  const [branchId, setBranchId] = useState(dossier.branchId ?? '');
  const term = useDebounced(search.trim(), 250);
  const branches = useBranches().data ?? [];
  const found = useQuery({
    queryKey: ['dossier-client-search', term],
    enabled: editing && term.length >= 2,
    queryFn: () => api<CompanyList>(`/api/companies?${new URLSearchParams({ q: term, limit: '20' })}`),
  });
  const save = useDossierAction(dossier.id, (body: { companyId: string | null; branchId: string | null }) => api(`/api/dossiers/${dossier.id}`, { method: 'PATCH', body }));
  const branchName = branches.find((branch) => branch.id === dossier.branchId)?.name;
  // The current client stays a choice while the search shows others.
  const choices = [...(dossier.company ? [dossier.company] : []), ...(found.data?.items ?? []).filter((company) => company.id !== dossier.company?.id)];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({ companyId: companyId || null, branchId: branchId || null }, { onSuccess: () => (setEditing(false), onSaved()) });
  };
  // Editing starts from what the dossier says now (a colleague may have changed it since the page opened).
  const edit = () => (setCompanyId(dossier.company?.id ?? ''), setBranchId(dossier.branchId ?? ''), setSearch(''), save.reset(), setEditing(true));

  if (!editing) {
    return (
      <div className="dossier-client">
        <p>
          {t('dossier.client')}: {dossier.company ? <Link to={`/companies/${dossier.company.id}`}>{dossier.company.name}</Link> : '—'}
          <br />
          {t('dossier.branch')}: {branchName ?? '—'}
        </p>
        <button type="button" className="no-print" onClick={edit}>
          {t('dossier.changeClient')}
        </button>
      </div>
    );
  }
  return (
    <form className="dossier-client dossier-fields no-print" onSubmit={submit} aria-label={t('dossier.changeClient')}>
      <label>
        {t('dossier.clientSearch')}
        <input type="search" autoFocus value={search} onChange={(e) => setSearch(e.target.value)} placeholder={t('dossier.clientSearchHint')} />
      </label>
      <label>
        {t('dossier.client')}
        <select value={companyId} onChange={(e) => setCompanyId(e.target.value)}>
          <option value="">{t('wizard.noClient')}</option>
          {choices.map((company) => (
            <option key={company.id} value={company.id}>
              {company.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('dossier.branch')}
        <select value={branchId} onChange={(e) => setBranchId(e.target.value)}>
          <option value="">—</option>
          {branches
            .filter((branch) => !branch.archivedAt || branch.id === dossier.branchId)
            .map((branch) => (
              <option key={branch.id} value={branch.id}>
                {branch.name}
              </option>
            ))}
        </select>
      </label>
      <div className="dossier-actions">
        <button type="submit" className="primary" disabled={save.isPending}>
          {t('dossier.save')}
        </button>
        <button type="button" onClick={() => setEditing(false)}>
          {t('wizard.cancel')}
        </button>
      </div>
      {save.error && (
        <p className="error" role="alert">
          {errorText(save.error, t)}
        </p>
      )}
    </form>
  );
}
