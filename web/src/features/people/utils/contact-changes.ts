import type { Contact, ContactChange } from '../../../api/client';

/** The edit dialog's fields, as typed. */
export interface ContactForm {
  name: string;
  title: string;
  email: string;
  phone: string;
  linkedinUrl: string;
}

const FIELDS = ['name', 'title', 'email', 'phone', 'linkedinUrl'] as const;

/** The dialog's starting values: what is stored, blanks for what is not. */
export function formOf(contact: Pick<Contact, (typeof FIELDS)[number]>): ContactForm {
  return { name: contact.name, title: contact.title ?? '', email: contact.email ?? '', phone: contact.phone ?? '', linkedinUrl: contact.linkedinUrl ?? '' };
}

/**
 * What an edit sends: only the fields that differ from what is stored
 * (trimmed), a detail emptied as null (the server clears it); null when
 * nothing differs, so saving an untouched dialog asks nothing of the server
 * and adds nothing to the timeline.
 */
export function contactChanges(contact: Pick<Contact, (typeof FIELDS)[number]>, form: ContactForm): ContactChange | null {
  const body: Record<string, string | null> = {};
  for (const field of FIELDS) {
    const typed = form[field].trim();
    const stored = contact[field] ?? '';
    if (typed === stored) continue;
    body[field] = typed === '' && field !== 'name' ? null : typed;
  }
  return Object.keys(body).length > 0 ? (body as ContactChange) : null;
}
