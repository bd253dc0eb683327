import { Link } from 'react-router';
import type { AgencyContact } from '../../../api/client';
import { useI18n } from '../../../i18n/i18n';

export interface PeopleTableProps {
  items: AgencyContact[];
  onEdit(contact: AgencyContact): void;
  onRemove(contact: AgencyContact): void;
}

/**
 * The people as a table; on a phone each row stacks into a card, every cell
 * named by its column (data-label), so nothing scrolls sideways.
 */
export function PeopleTable({ items, onEdit, onRemove }: PeopleTableProps) {
  const { t, formatRelative, formatDateTime } = useI18n();
  return (
    <table className="list people-table">
      <thead>
        <tr>
          <th scope="col">{t('contacts.name')}</th>
          <th scope="col">{t('contacts.company')}</th>
          <th scope="col">{t('contacts.jobTitle')}</th>
          <th scope="col">{t('contacts.email')}</th>
          <th scope="col">{t('contacts.phone')}</th>
          <th scope="col">{t('contacts.linkedin')}</th>
          <th scope="col">{t('contacts.lastActivity')}</th>
          <th scope="col">
            <span className="sr-only">{t('contacts.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {items.map((contact) => (
          <tr key={contact.id}>
            <th scope="row" className="person-name">
              {contact.name}
            </th>
            <td data-label={t('contacts.company')}>
              <Link to={`/companies/${contact.company.id}`}>{contact.company.name}</Link>
            </td>
            <td data-label={t('contacts.jobTitle')} className={contact.title ? '' : 'blank'}>
              {contact.title}
            </td>
            <td data-label={t('contacts.email')} className={contact.email ? 'wrap-cell' : 'blank'}>
              {contact.email && <a href={`mailto:${contact.email}`}>{contact.email}</a>}
            </td>
            <td data-label={t('contacts.phone')} className={contact.phone ? '' : 'blank'}>
              {contact.phone && <a href={`tel:${contact.phone.replace(/[^+0-9]/g, '')}`}>{contact.phone}</a>}
            </td>
            <td data-label={t('contacts.linkedin')} className={contact.linkedinUrl ? '' : 'blank'}>
              {contact.linkedinUrl && (
                <a href={contact.linkedinUrl} target="_blank" rel="noreferrer" aria-label={t('contacts.linkedinOf', { name: contact.name })}>
                  LinkedIn
                </a>
              )}
            </td>
            <td data-label={t('contacts.lastActivity')} className={contact.lastActivityAt ? '' : 'blank'}>
              {contact.lastActivityAt && (
                <time dateTime={contact.lastActivityAt} title={formatDateTime(contact.lastActivityAt)}>
                  {formatRelative(contact.lastActivityAt)}
                </time>
              )}
            </td>
            <td className="row-actions">
              {/* The creation wizard, started from this contact (SPEC R4.4): its company and the contact come suggested. */}
              <Link className="button" to={`/leads?new=1&contactId=${contact.id}`} aria-label={t('dossier.newLeadFor', { name: contact.name })}>
                {t('dossiers.new.lead')}
              </Link>
              <button type="button" onClick={() => onEdit(contact)} aria-label={t('contacts.editName', { name: contact.name })}>
                {t('contacts.edit')}
              </button>
              <button type="button" className="link danger-link" onClick={() => onRemove(contact)} aria-label={t('contacts.removeName', { name: contact.name })}>
                {t('contacts.remove')}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
