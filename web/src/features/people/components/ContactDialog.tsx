import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ApiError, type Contact } from '../../../api/client';
import { useI18n } from '../../../i18n/i18n';
import type { MessageKey } from '../../../i18n/messages';
import { FormField } from '../../../shared/FormField';
import { errorText } from '../../../shared/error-text';
import { useEditContact } from '../hooks/usePeople';
import { contactChanges, formOf, type ContactForm } from '../utils/contact-changes';

const FIELDS: [keyof ContactForm, MessageKey, string, string][] = [
  ['name', 'contacts.name', 'text', 'name'],
  ['title', 'contacts.jobTitle', 'text', 'organization-title'],
  ['email', 'contacts.email', 'email', 'email'],
  ['phone', 'contacts.phone', 'tel', 'tel'],
  ['linkedinUrl', 'contacts.linkedin', 'url', 'url'],
];

export interface ContactDialogProps {
  contact: Pick<Contact, 'id' | 'companyId' | 'name' | 'title' | 'email' | 'phone' | 'linkedinUrl'>;
  onSaved(text: string): void;
  onClose(): void;
}

/** Edits a contact's details in a modal dialog; each save that changes something is a new entry on the company's timeline. */
export function ContactDialog({ contact, onSaved, onClose }: ContactDialogProps) {
  const { t } = useI18n();
  const dialog = useRef<HTMLDialogElement>(null);
  const edit = useEditContact();
  const [form, setForm] = useState<ContactForm>(() => formOf(contact));
  useEffect(() => {
    const opener = document.activeElement as HTMLElement | null;
    dialog.current?.showModal();
    return () => opener?.focus();
  }, []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body = contactChanges(contact, form);
    if (!body) {
      onSaved(t('contacts.unchanged'));
      return;
    }
    edit.mutate({ id: contact.id, companyId: contact.companyId, body }, { onSuccess: ({ contact: saved }) => onSaved(t('contacts.saved', { name: saved.name })) });
  };
  const failure = edit.error instanceof ApiError ? edit.error : null;
  return (
    <dialog ref={dialog} className="dialog contact-dialog" aria-labelledby="contact-dialog-title" onCancel={(e) => (e.preventDefault(), onClose())}>
      <form onSubmit={submit} noValidate>
        <h2 id="contact-dialog-title">{t('contacts.editTitle', { name: contact.name })}</h2>
        {FIELDS.map(([field, label, type, autoComplete]) => (
          <FormField key={field} label={t(label)} error={failure?.issueFor(field)}>
            {(control) => (
              <input
                {...control}
                name={field}
                type={type}
                autoComplete={autoComplete}
                required={field === 'name'}
                maxLength={field === 'linkedinUrl' ? 2000 : field === 'email' ? 320 : 200}
                value={form[field]}
                onChange={(e) => setForm((f) => ({ ...f, [field]: e.target.value }))}
              />
            )}
          </FormField>
        ))}
        {edit.isError && (
          <p className="error" role="alert">
            {errorText(edit.error, t)}
          </p>
        )}
        <div className="actions">
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="primary" disabled={edit.isPending}>
            {t('common.save')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
