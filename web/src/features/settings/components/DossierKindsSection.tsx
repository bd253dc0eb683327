import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId } from 'react';
import { api, type Me } from '../../../api/client';
import { useI18n } from '../../../i18n/i18n';
import { errorText } from '../../../shared/error-text';

const KINDS = ['leads', 'opportunities'] as const;

/**
 * Switching leads or opportunities off for the whole agency (settings:manage,
 * SPEC R4.7): while off nobody may view or create them and the app hides
 * them. Their records stay and come back when switched on.
 */
export function DossierKindsSection({ me }: { me: Me }) {
  const { t } = useI18n();
  const titleId = useId();
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: (dossierKinds: string[]) => api<{ dossierKinds: string[] }>('/api/agency', { method: 'PATCH', body: { dossierKinds } }),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: ['me'] }),
  });
  const on = me.agency.dossierKinds;
  const toggle = (kind: (typeof KINDS)[number], checked: boolean) => save.mutate(KINDS.filter((k) => (k === kind ? checked : on.includes(k))));
  return (
    <section className="card settings-section" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('dossierKinds.title')}</h2>
      <p className="description">{t('dossierKinds.intro')}</p>
      {KINDS.map((kind) => (
        <label key={kind} className="checkbox-field">
          <input type="checkbox" checked={on.includes(kind)} disabled={save.isPending} onChange={(event) => toggle(kind, event.target.checked)} />
          {t(kind === 'leads' ? 'dossierKinds.leads' : 'dossierKinds.opportunities')}
        </label>
      ))}
      {save.error && (
        <p role="alert" className="error">
          {errorText(save.error, t)}
        </p>
      )}
    </section>
  );
}
