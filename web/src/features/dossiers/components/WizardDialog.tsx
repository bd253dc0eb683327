import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { DossierKind } from '../../../api/client';
import { useI18n } from '../../../i18n/i18n';
import { errorText } from '../../../shared/error-text';
import { useContactRoles, useCreateDossier, useWizard } from '../hooks/useDossiers';

export interface WizardStart {
  companyId?: string | undefined;
  contactId?: string | undefined;
  vacancyId?: string | undefined;
}

export interface WizardDialogProps {
  kind: DossierKind;
  /** Where the wizard was started: the suggestions come from it. */
  start: WizardStart;
  onClose(): void;
  onCreated(dossier: { id: string; title: string }): void;
}

/**
 * The creation wizard (SPEC R4.4): step 1 the client (suggested from where
 * it was started, another, or none), step 2 the contact (suggested,
 * another, none), step 3 a new dossier or a copy of one of that contact's.
 * The server suggests (GET /api/dossiers/wizard) and creates (POST /api/dossiers).
 */
export function WizardDialog({ kind, start, onClose, onCreated }: WizardDialogProps) {
  const { t } = useI18n();
  const dialog = useRef<HTMLDialogElement>(null);
  const [step, setStep] = useState(1);
  const [companyId, setCompanyId] = useState<string | undefined>(undefined);
  const [contactId, setContactId] = useState<string | undefined>(start.contactId);
  const [copyFromId, setCopyFromId] = useState('');
  const [title, setTitle] = useState('');
  const [value, setValue] = useState('');
  const first = useWizard(kind, start);
  const chosenClient = companyId ?? first.data?.clients[0]?.id ?? '';
  const second = useWizard(kind, { companyId: chosenClient || undefined, contactId });
  const roles = useContactRoles();
  const create = useCreateDossier();

  useEffect(() => {
    dialog.current?.showModal();
  }, []);

  const clients = first.data?.clients ?? [];
  const contacts = chosenClient ? (second.data?.contacts ?? []) : [];
  const copies = contactId ? (second.data?.copyFrom ?? []) : [];
  const copy = copies.find((item) => item.id === copyFromId);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (step < 3) return setStep(step + 1);
    const mainRole = roles.data?.[0]?.id;
    create.mutate(
      {
        kind,
        ...(copy ? { copyFromId: copy.id } : {}),
        ...(title.trim() ? { title: title.trim() } : {}),
        ...(copy ? {} : { companyId: chosenClient || null }),
        ...(value.trim() ? { value: Number(value) } : {}),
        ...(contactId && mainRole && !copy ? { contacts: [{ contactId, roleId: mainRole }] } : {}),
        ...(start.vacancyId ? { vacancyIds: [start.vacancyId] } : {}),
      },
      { onSuccess: (created) => onCreated(created) },
    );
  };

  return (
    <dialog ref={dialog} className="dialog wizard-dialog" aria-labelledby="wizard-title" onCancel={(e) => (e.preventDefault(), onClose())}>
      <form onSubmit={submit}>
        <h2 id="wizard-title">{t(kind === 'lead' ? 'wizard.title.lead' : 'wizard.title.opportunity')}</h2>
        {step === 1 && (
          <fieldset>
            <legend>{t('wizard.step1')}</legend>
            <label>
              {t('dossier.client')}
              <select value={chosenClient} onChange={(e) => (setCompanyId(e.target.value), setContactId(undefined), setCopyFromId(''))}>
                <option value="">{t('wizard.noClient')}</option>
                {clients.map((client) => (
                  <option key={client.id} value={client.id}>
                    {client.name} ({t(`wizard.reason.${client.reason}`)})
                  </option>
                ))}
              </select>
            </label>
          </fieldset>
        )}
        {step === 2 && (
          <fieldset>
            <legend>{t('wizard.step2')}</legend>
            <label>
              {t('dossier.contact')}
              <select value={contactId ?? ''} onChange={(e) => (setContactId(e.target.value || undefined), setCopyFromId(''))}>
                <option value="">{t('wizard.noContact')}</option>
                {contacts.map((contact) => (
                  <option key={contact.id} value={contact.id}>
                    {contact.name}
                    {contact.title ? ` — ${contact.title}` : ''}
                  </option>
                ))}
              </select>
            </label>
          </fieldset>
        )}
        {step === 3 && (
          <fieldset>
            <legend>{t('wizard.step3')}</legend>
            <label>
              <input type="radio" name="copy" checked={copyFromId === ''} onChange={() => setCopyFromId('')} /> {t('wizard.new')}
            </label>
            {copies.map((item) => (
              <label key={item.id}>
                <input type="radio" name="copy" checked={copyFromId === item.id} onChange={() => setCopyFromId(item.id)} /> {t('wizard.copyOf', { title: item.title })}
              </label>
            ))}
            <label>
              {t('wizard.titleField')}
              <input name="title" value={title} required={!copy} maxLength={200} onChange={(e) => setTitle(e.target.value)} />
            </label>
            <label>
              {t('wizard.value')}
              <input name="value" type="number" min={0} step="0.01" inputMode="decimal" value={value} onChange={(e) => setValue(e.target.value)} />
            </label>
          </fieldset>
        )}
        {create.error && (
          <p className="error" role="alert">
            {errorText(create.error, t)}
          </p>
        )}
        <div className="actions">
          <button type="button" onClick={onClose}>
            {t('wizard.cancel')}
          </button>
          {step > 1 && (
            <button type="button" onClick={() => setStep(step - 1)}>
              {t('wizard.back')}
            </button>
          )}
          <button type="submit" className="primary" disabled={create.isPending}>
            {step < 3 ? t('wizard.next') : t('wizard.create')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
