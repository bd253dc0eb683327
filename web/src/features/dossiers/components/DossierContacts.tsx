import { useState, type FormEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import { api, type DossierDetail } from '../../../api/client';
import { useI18n } from '../../../i18n/i18n';
import { errorText } from '../../../shared/error-text';
import { useContactRoles, useDossierAction } from '../hooks/useDossiers';

/** A dossier's contacts with their roles: change a role, unlink, link one of the client's contacts. */
export function DossierContacts({ dossier }: { dossier: DossierDetail }) {
  const { t, locale } = useI18n();
  const roles = useContactRoles().data ?? [];
  const [contactId, setContactId] = useState('');
  const [roleId, setRoleId] = useState('');
  const clientContacts = useQuery({
    queryKey: ['contacts', dossier.company?.id],
    enabled: dossier.company !== null,
    queryFn: () => api<{ items: { id: string; name: string }[] }>(`/api/companies/${dossier.company!.id}/contacts?limit=200`),
  });
  const link = useDossierAction(dossier.id, (body: { contactId: string; roleId: string }) => api(`/api/dossiers/${dossier.id}/contacts`, { method: 'POST', body }));
  const change = useDossierAction(dossier.id, ({ contactId: id, roleId: role }: { contactId: string; roleId: string }) =>
    api(`/api/dossiers/${dossier.id}/contacts/${id}`, { method: 'PATCH', body: { roleId: role } }),
  );
  const unlink = useDossierAction(dossier.id, (id: string) => api(`/api/dossiers/${dossier.id}/contacts/${id}`, { method: 'DELETE' }));
  const linked = new Set(dossier.contacts.map((c) => c.contactId));
  const candidates = (clientContacts.data?.items ?? []).filter((c) => !linked.has(c.id));
  const error = link.error ?? change.error ?? unlink.error;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const role = roleId || roles[0]?.id;
    if (contactId && role) link.mutate({ contactId, roleId: role }, { onSuccess: () => setContactId('') });
  };

  return (
    <section aria-labelledby="dossier-contacts">
      <h2 id="dossier-contacts">{t('dossier.contacts')}</h2>
      {dossier.contacts.length === 0 && <p className="empty">{t('dossier.noContacts')}</p>}
      <ul className="plain">
        {dossier.contacts.map((contact) => (
          <li key={contact.contactId} className="contact-row">
            <span>{contact.name}</span>
            <select aria-label={t('dossier.roleOf', { name: contact.name })} value={contact.role.id} onChange={(e) => change.mutate({ contactId: contact.contactId, roleId: e.target.value })}>
              {roles.map((role) => (
                <option key={role.id} value={role.id}>
                  {role.name[locale]}
                </option>
              ))}
            </select>
            <button type="button" className="no-print" aria-label={t('dossier.unlinkName', { name: contact.name })} onClick={() => unlink.mutate(contact.contactId)}>
              {t('dossier.unlink')}
            </button>
          </li>
        ))}
      </ul>
      {candidates.length > 0 && (
        <form className="contact-row no-print" onSubmit={submit}>
          <select aria-label={t('dossier.contact')} value={contactId} onChange={(e) => setContactId(e.target.value)}>
            <option value="">{t('dossier.addContact')}</option>
            {candidates.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
          <select aria-label={t('dossier.role')} value={roleId} onChange={(e) => setRoleId(e.target.value)}>
            {roles.map((role) => (
              <option key={role.id} value={role.id}>
                {role.name[locale]}
              </option>
            ))}
          </select>
          <button type="submit" disabled={!contactId || link.isPending}>
            {t('dossier.link')}
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
