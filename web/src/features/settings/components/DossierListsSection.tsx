import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId } from 'react';
import { api, type DossierLists } from '../../../api/client';
import { useI18n } from '../../../i18n/i18n';
import { NameListEditor } from './NameListEditor';

const LISTS = ['source', 'priority', 'category'] as const;
type ListName = (typeof LISTS)[number];

/**
 * Settings → Leads and opportunities → the source, priority and category
 * lists (settings:manage): what a dossier's selects offer. A value keeps
 * its key when renamed, so the dossiers that have it keep it; one in use
 * cannot be deleted (the server says so).
 */
export function DossierListsSection() {
  const { t } = useI18n();
  const titleId = useId();
  const lists = useQuery({ queryKey: ['dossier-lists'], queryFn: () => api<DossierLists>('/api/dossier-lists') });
  return (
    <section className="card settings-section" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('lists.title')}</h2>
      <p className="description">{t('lists.intro')}</p>
      {LISTS.map((list) => (
        <ListEditor key={list} list={list} values={lists.data?.[list] ?? []} loadError={lists.error} />
      ))}
    </section>
  );
}

function ListEditor({ list, values, loadError }: { list: ListName; values: DossierLists[ListName]; loadError: unknown }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const reload = () => void queryClient.invalidateQueries({ queryKey: ['dossier-lists'] });
  const add = useMutation({ mutationFn: (body: { name: { nl: string; en: string }; position: number }) => api(`/api/dossier-lists/${list}`, { method: 'POST', body }), onSettled: reload });
  const change = useMutation({
    mutationFn: ({ id, ...body }: { id: string; name?: { nl: string; en: string }; position?: number }) => api(`/api/dossier-lists/${list}/${encodeURIComponent(id)}`, { method: 'PATCH', body }),
    onSettled: reload,
  });
  const remove = useMutation({ mutationFn: (id: string) => api(`/api/dossier-lists/${list}/${encodeURIComponent(id)}`, { method: 'DELETE' }), onSettled: reload });
  const label = t(`lists.${list}`);
  return (
    <>
      <h3>{label}</h3>
      <NameListEditor
        label={label}
        items={values.map((value) => ({ id: value.key, name: value.name, position: value.position }))}
        busy={add.isPending || change.isPending || remove.isPending}
        error={loadError ?? add.error ?? change.error ?? remove.error}
        onAdd={(name, done) => (change.reset(), remove.reset(), add.mutate({ name, position: values.length }, { onSuccess: done }))}
        onChange={(id, body) => (add.reset(), remove.reset(), change.mutate({ id, ...body }))}
        onDelete={(id) => (add.reset(), change.reset(), remove.mutate(id))}
      />
    </>
  );
}
