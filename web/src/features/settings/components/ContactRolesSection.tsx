import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId } from 'react';
import { api, type DossierContactRole } from '../../../api/client';
import { useI18n } from '../../../i18n/i18n';
import { NameListEditor } from './NameListEditor';

/**
 * Settings → Leads and opportunities → Contact roles (settings:manage): the
 * roles a contact can have on a dossier, added, renamed, reordered and
 * deleted (a role some contact has cannot be: the server says so). The
 * dossier pages read the same list (['dossier-contact-roles']).
 */
export function ContactRolesSection() {
  const { t } = useI18n();
  const titleId = useId();
  const queryClient = useQueryClient();
  const roles = useQuery({ queryKey: ['dossier-contact-roles'], queryFn: () => api<DossierContactRole[]>('/api/dossier-contact-roles') });
  const reload = () => void queryClient.invalidateQueries({ queryKey: ['dossier-contact-roles'] });
  const add = useMutation({ mutationFn: (body: { name: { nl: string; en: string }; position: number }) => api('/api/dossier-contact-roles', { method: 'POST', body }), onSettled: reload });
  const change = useMutation({
    mutationFn: ({ id, ...body }: { id: string; name?: { nl: string; en: string }; position?: number }) => api(`/api/dossier-contact-roles/${id}`, { method: 'PATCH', body }),
    onSettled: reload,
  });
  const remove = useMutation({ mutationFn: (id: string) => api(`/api/dossier-contact-roles/${id}`, { method: 'DELETE' }), onSettled: reload });
  const items = roles.data ?? [];
  return (
    <section className="card settings-section" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('lists.contactRoles')}</h2>
      <p className="description">{t('lists.contactRolesIntro')}</p>
      <NameListEditor
        label={t('lists.contactRoles')}
        items={items}
        busy={add.isPending || change.isPending || remove.isPending}
        error={roles.error ?? add.error ?? change.error ?? remove.error}
        onAdd={(name, done) => (change.reset(), remove.reset(), add.mutate({ name, position: items.length }, { onSuccess: done }))}
        onChange={(id, body) => (add.reset(), remove.reset(), change.mutate({ id, ...body }))}
        onDelete={(id) => (add.reset(), change.reset(), remove.mutate(id))}
      />
    </section>
  );
}
