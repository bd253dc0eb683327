import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { api } from '../../../api/client';
import { useI18n } from '../../../i18n/i18n';
import { errorText } from '../../../shared/error-text';
import { refreshDossiers } from '../hooks/useDossiers';

/** "Create a lead from this vacancy" on a job of a followed company: the vacancy and its lead in one go, then the lead's page. */
export function LeadFromJobButton({ companyId, jobId, jobTitle }: { companyId: string; jobId: string; jobTitle: string }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const create = useMutation({
    mutationFn: () => api<{ lead: { id: string } }>(`/api/companies/${companyId}/leads`, { method: 'POST', body: { jobId } }),
    onSuccess: (result) => (refreshDossiers(queryClient), void navigate(`/dossiers/${result.lead.id}`)),
  });
  return (
    <>
      <button type="button" className="link" disabled={create.isPending} aria-label={`${t('dossier.leadFromJob')}: ${jobTitle}`} onClick={() => create.mutate()}>
        {t('dossier.leadFromJob')}
      </button>
      {create.error && (
        <span className="error" role="alert">
          {errorText(create.error, t)}
        </span>
      )}
    </>
  );
}
