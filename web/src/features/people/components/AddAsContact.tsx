import { useQuery } from '@tanstack/react-query';
import { api, type Contact, type DecisionMaker } from '../../../api/client';
import { useI18n } from '../../../i18n/i18n';
import { errorText } from '../../../shared/error-text';
import { useAddDecisionMaker } from '../hooks/usePeople';
import '../people.css';

/** The company's contacts that came from decision makers (a company rarely has more than a page of contacts; the server refuses a duplicate anyway). */
function useContactDecisionMakers(companyId: string) {
  return useQuery({
    queryKey: ['contacts', companyId, 'decision-makers'],
    queryFn: async () => {
      const { items } = await api<{ items: Contact[] }>(`/api/companies/${companyId}/contacts?limit=200`);
      return new Set(items.flatMap((contact) => (contact.decisionMakerId ? [contact.decisionMakerId] : [])));
    },
  });
}

/** "Add as contact" on a ranked decision maker of a followed company: one click copies their name, title and LinkedIn. */
export function AddAsContact({ companyId, person }: { companyId: string; person: Pick<DecisionMaker, 'id' | 'name'> }) {
  const { t } = useI18n();
  const known = useContactDecisionMakers(companyId);
  const add = useAddDecisionMaker(companyId);
  if (known.data?.has(person.id) || add.isSuccess) {
    return (
      <span className="is-contact" title={t('contacts.isContactName', { name: person.name })} role={add.isSuccess ? 'status' : undefined}>
        ✓ {t('contacts.isContact')}
        {add.isSuccess && <span className="sr-only"> — {t('contacts.added', { name: person.name })}</span>}
      </span>
    );
  }
  return (
    <>
      <button type="button" className="add-contact" disabled={add.isPending || known.isPending} onClick={() => add.mutate(person.id)} aria-label={t('contacts.addDecisionMakerName', { name: person.name })}>
        <span aria-hidden="true">+ </span>{t('contacts.addDecisionMaker')}
      </button>
      {add.isError && (
        <span className="error" role="alert">
          {errorText(add.error, t)}
        </span>
      )}
    </>
  );
}
