import { useQuery } from '@tanstack/react-query';
import { api, type Contact } from '../../../api/client';
import { useI18n } from '../../../i18n/i18n';

/** The people at this company the agency can reach. */
export function Contacts({ companyId }: { companyId: string }) {
  const { t } = useI18n();
  const contacts = useQuery({
    queryKey: ['contacts', companyId],
    queryFn: async () => (await api<{ items: Contact[] }>(`/api/companies/${companyId}/contacts`)).items,
  });
  return (
    <section aria-labelledby="contacts-title">
      <h2 id="contacts-title">{t('company.contacts')}</h2>
      {contacts.data?.length === 0 && <p className="empty">{t('company.noContacts')}</p>}
      <ul className="contacts">
        {contacts.data?.map((contact) => (
          <li key={contact.id}>
            <strong>{contact.name}</strong>
            {contact.title && <span className="meta"> · {contact.title}</span>}
            <div className="meta">
              {[
                contact.email && (
                  <a key="email" href={`mailto:${contact.email}`}>
                    {contact.email}
                  </a>
                ),
                contact.phone && (
                  <a key="phone" href={`tel:${contact.phone}`}>
                    {contact.phone}
                  </a>
                ),
                contact.linkedinUrl && (
                  <a key="linkedin" href={contact.linkedinUrl} target="_blank" rel="noreferrer">
                    LinkedIn
                  </a>
                ),
              ]
                .filter(Boolean)
                .flatMap((link, i) => (i === 0 ? [link] : [' · ', link]))}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
