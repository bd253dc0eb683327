import { useState } from 'react';
import { useSearchParams } from 'react-router';
import type { AgencyContact } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { ConfirmDialog } from '../../shared/ConfirmDialog';
import { errorText } from '../../shared/error-text';
import { useToast } from '../../shared/useToast';
import { useDebounced } from '../../shared/useDebounced';
import { ContactDialog } from './components/ContactDialog';
import { PeopleTable } from './components/PeopleTable';
import { usePeople, useRemoveContact } from './hooks/usePeople';
import './people.css';

/**
 * People: every contact of the agency's followed companies, searchable by
 * name, e-mail, title or company (the server folds case and accents), a
 * page at a time, each editable and removable; the search is in the URL.
 */
export function PeoplePage() {
  const { t, formatNumber } = useI18n();
  const toast = useToast();
  const [params, setParams] = useSearchParams();
  const [typed, setTyped] = useState(params.get('q') ?? '');
  const q = useDebounced(typed.trim(), 250);
  const people = usePeople(q);
  const remove = useRemoveContact();
  const [editing, setEditing] = useState<AgencyContact | null>(null);
  const [removing, setRemoving] = useState<AgencyContact | null>(null);

  const search = (value: string) => {
    setTyped(value);
    setParams(value.trim() ? { q: value.trim() } : {}, { replace: true });
  };
  const items = people.data?.pages.flatMap((page) => page.items) ?? [];
  const total = people.data?.pages[0]?.total ?? null;
  const confirmRemove = () => {
    if (!removing) return;
    remove.mutate(
      { id: removing.id, companyId: removing.companyId },
      {
        onSuccess: () => {
          toast.show(t('contacts.removed', { name: removing.name }));
          setRemoving(null);
        },
      },
    );
  };

  return (
    <div className="people-page">
      <div className="toolbar">
        <h1>{t('contacts.title')}</h1>
        <input type="search" value={typed} onChange={(e) => search(e.target.value)} placeholder={t('contacts.search')} aria-label={t('contacts.search')} />
        {total !== null && (
          <span className="meta" role="status">
            {total === 1 ? t('contacts.totalOne') : t('contacts.total', { count: formatNumber(total) })}
          </span>
        )}
      </div>
      {people.isError && <p className="error">{errorText(people.error, t)}</p>}
      {people.isSuccess && items.length === 0 && <p className="empty">{q ? t('contacts.noResults', { q }) : t('contacts.none')}</p>}
      {items.length > 0 && <PeopleTable items={items} onEdit={setEditing} onRemove={(contact) => (remove.reset(), setRemoving(contact))} />}
      {people.hasNextPage && (
        <button type="button" className="more" onClick={() => void people.fetchNextPage()} disabled={people.isFetchingNextPage}>
          {people.isFetchingNextPage ? t('common.loading') : t('common.loadMore')}
        </button>
      )}
      {editing && (
        <ContactDialog
          contact={editing}
          onClose={() => setEditing(null)}
          onSaved={(text) => {
            setEditing(null);
            toast.show(text);
          }}
        />
      )}
      {removing && (
        <ConfirmDialog
          title={t('contacts.removeTitle', { name: removing.name })}
          text={t('contacts.removeText', { name: removing.name, company: removing.company.name })}
          confirm={t('contacts.remove')}
          busy={remove.isPending}
          error={remove.isError ? errorText(remove.error, t) : null}
          onConfirm={confirmRemove}
          onClose={() => setRemoving(null)}
        />
      )}
      {toast.element}
    </div>
  );
}
