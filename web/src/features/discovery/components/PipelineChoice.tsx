import { useQuery } from '@tanstack/react-query';
import { api, type Pipelines } from '../../../api/client';
import { useI18n } from '../../../i18n/i18n';

/**
 * Which of the agency's clients pipelines a followed company enters; shown
 * only when there is more than one (the default pipeline comes first and
 * is preselected by the empty value: the server's default).
 */
export function PipelineChoice({ value, onChange }: { value: string; onChange(pipelineId: string): void }) {
  const { t, locale } = useI18n();
  const pipelines = useQuery({ queryKey: ['pipelines', 'all'], queryFn: async () => (await api<Pipelines>('/api/pipelines')).items });
  const clients = (pipelines.data ?? []).filter((p) => p.kind === 'clients' && !p.archived);
  if (clients.length < 2) return null;
  return (
    <label className="pipeline-choice">
      {t('company.followInto')}
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        {clients.map((p) => (
          <option key={p.id} value={p.isDefault ? '' : p.id}>
            {p.name[locale]}
          </option>
        ))}
      </select>
    </label>
  );
}
