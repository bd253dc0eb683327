import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { api, type DossierDetail, type Vacancy } from '../../../api/client';
import { useI18n } from '../../../i18n/i18n';
import { errorText } from '../../../shared/error-text';
import { useMe } from '../../../shared/queries';
import { holds } from '../../../shared/role-name';
import { useDossierAction } from '../hooks/useDossiers';

/**
 * A dossier's vacancies: each with its other dossier (the lead of an
 * opportunity, or the opportunity of a lead) or the wizard to start one
 * from it, unlinked by hand; and a picker of the client's vacancies (all
 * the agency's when there is no client) to link. A vacancy has at most one
 * lead and one opportunity: one already taken says so in the picker, and
 * the server's refusal (409, in the user's language) is shown as it is.
 * Who may create vacancies can also add a new one here: the dossier's
 * client's, linked to the dossier at once.
 */
export function DossierVacancies({ dossier }: { dossier: DossierDetail }) {
  const { t } = useI18n();
  const [vacancyId, setVacancyId] = useState('');
  const [title, setTitle] = useState('');
  const me = useMe();
  const companyId = dossier.company?.id;
  const available = useQuery({
    queryKey: ['vacancies', companyId ?? 'all'],
    queryFn: () => api<{ items: Vacancy[] }>(`/api/vacancies?${new URLSearchParams({ limit: '200', ...(companyId ? { companyId } : {}) })}`),
    retry: false,
  });
  const link = useDossierAction(dossier.id, (id: string) => api(`/api/dossiers/${dossier.id}/vacancies`, { method: 'POST', body: { vacancyId: id } }));
  const unlink = useDossierAction(dossier.id, (id: string) => api(`/api/dossiers/${dossier.id}/vacancies/${id}`, { method: 'DELETE' }));
  const create = useDossierAction(dossier.id, (newTitle: string) =>
    api<Vacancy>('/api/vacancies', { method: 'POST', body: { title: newTitle, ...(companyId ? { companyId } : {}), [dossier.kind === 'lead' ? 'leadId' : 'opportunityId']: dossier.id } }),
  );
  const linked = new Set(dossier.vacancies.map((vacancy) => vacancy.id));
  const candidates = (available.data?.items ?? []).filter((vacancy) => !linked.has(vacancy.id));
  const takenBy = (vacancy: Vacancy) => (dossier.kind === 'lead' ? vacancy.leadId : vacancy.opportunityId);
  const other = dossier.kind === 'lead' ? 'opportunity' : 'lead';
  const error = link.error ?? unlink.error ?? create.error;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (vacancyId) link.mutate(vacancyId, { onSuccess: () => setVacancyId('') });
  };
  const submitNew = (event: FormEvent) => {
    event.preventDefault();
    if (title.trim()) create.mutate(title.trim(), { onSuccess: () => (setTitle(''), void available.refetch()) });
  };

  return (
    <section aria-labelledby="dossier-vacancies">
      <h2 id="dossier-vacancies">{t('dossier.vacancies')}</h2>
      {dossier.vacancies.length === 0 && <p className="empty">{t('dossier.noVacancies')}</p>}
      <ul className="plain" data-testid="dossier-vacancies">
        {dossier.vacancies.map((vacancy) => {
          const otherId = dossier.kind === 'lead' ? vacancy.opportunityId : vacancy.leadId;
          return (
            <li key={vacancy.id} className="contact-row">
              <span>{vacancy.title}</span>
              {otherId ? (
                <Link to={`/dossiers/${otherId}`}>{t(`dossier.vacancyOther.${other}`)}</Link>
              ) : (
                <Link
                  className="button no-print"
                  to={`/${other === 'lead' ? 'leads' : 'opportunities'}?new=1&vacancyId=${vacancy.id}`}
                  aria-label={t(`dossier.newFromVacancy.${other}`, { title: vacancy.title })}
                >
                  {t(other === 'lead' ? 'dossiers.new.lead' : 'dossiers.new.opportunity')}
                </Link>
              )}
              <button type="button" className="no-print" aria-label={t('dossier.unlinkName', { name: vacancy.title })} disabled={unlink.isPending} onClick={() => unlink.mutate(vacancy.id)}>
                {t('dossier.unlink')}
              </button>
            </li>
          );
        })}
      </ul>
      {candidates.length > 0 && (
        <form className="contact-row no-print" onSubmit={submit}>
          <select aria-label={t('dossier.vacancy')} value={vacancyId} onChange={(e) => (setVacancyId(e.target.value), link.reset())}>
            <option value="">{t('dossier.addVacancy')}</option>
            {candidates.map((vacancy) => (
              <option key={vacancy.id} value={vacancy.id}>
                {vacancy.title}
                {!companyId && vacancy.company ? ` — ${vacancy.company.name}` : ''}
                {takenBy(vacancy) ? ` (${t(`dossier.vacancyTaken.${dossier.kind}`)})` : ''}
              </option>
            ))}
          </select>
          <button type="submit" disabled={!vacancyId || link.isPending}>
            {t('dossier.link')}
          </button>
        </form>
      )}
      {holds(me.data, 'vacancies:create') && (
        <form className="contact-row no-print" onSubmit={submitNew}>
          <input aria-label={t('dossier.newVacancyTitle')} placeholder={t('dossier.newVacancyTitle')} value={title} maxLength={200} onChange={(e) => (setTitle(e.target.value), create.reset())} />
          <button type="submit" disabled={!title.trim() || create.isPending}>
            {t('dossier.newVacancy')}
          </button>
        </form>
      )}
      {error && (
        <p className="error" role="alert">
          {errorText(error, t)}
        </p>
      )}
    </section>
  );
}
