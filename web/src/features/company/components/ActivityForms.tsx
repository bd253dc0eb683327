import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api } from '../../../api/client';
import { useI18n } from '../../../i18n/i18n';
import type { MessageKey } from '../../../i18n/messages';
import { errorText } from '../../../shared/error-text';

type Kind = 'notes' | 'calls' | 'outreach' | 'meetings' | 'contacts';
const TABS: [Kind, MessageKey][] = [
  ['notes', 'company.addNote'],
  ['calls', 'company.logCall'],
  ['outreach', 'company.logOutreach'],
  ['meetings', 'company.schedule'],
  ['contacts', 'company.addContact'],
];
const OUTCOMES = ['connected', 'voicemail', 'no_answer', 'wrong_number', 'callback_requested'] as const;
const CHANNELS = ['email', 'linkedin_message', 'linkedin_connection', 'phone_call'] as const;

export interface ActivityFormsProps {
  companyId: string;
  /** The employer's vacancies say agencies are not welcome: outreach needs an explicit confirmation (SPEC R9.5). */
  noAgencies: boolean;
  onSaved(text: string): void;
  onFailed(text: string): void;
}

/** Forms to add a note, log a call or outreach, schedule a meeting or add a contact. */
export function ActivityForms({ companyId, noAgencies, onSaved, onFailed }: ActivityFormsProps) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [kind, setKind] = useState<Kind>('notes');
  const [confirmed, setConfirmed] = useState(false);
  const blocked = kind === 'outreach' && noAgencies && !confirmed;
  const save = useMutation({
    mutationFn: ({ body }: { form: HTMLFormElement; body: Record<string, unknown> }) => api(`/api/companies/${companyId}/${kind}`, { method: 'POST', body }),
    onSuccess: (_data, { form }) => {
      form.reset();
      setConfirmed(false);
      onSaved(t('form.saved'));
    },
    onError: (error) => onFailed(errorText(error, t)),
    onSettled: () => {
      for (const key of [['timeline', companyId], ['company', companyId], ['contacts', companyId], ['board']]) void queryClient.invalidateQueries({ queryKey: key });
    },
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (blocked) return;
    const form = event.currentTarget;
    const data = new FormData(form);
    const text = (name: string) => String(data.get(name) ?? '').trim() || undefined;
    const bodies: Record<Kind, () => Record<string, unknown>> = {
      notes: () => ({ body: text('body') }),
      calls: () => ({ contactName: text('contactName'), outcome: text('outcome'), description: text('description') }),
      outreach: () => ({ channel: text('channel'), description: text('description') }),
      meetings: () => ({
        at: new Date(String(data.get('at'))).toISOString(),
        attendees: (text('attendees') ?? '').split(',').map((s) => s.trim()).filter(Boolean),
        description: text('description'),
      }),
      contacts: () => ({ name: text('name'), title: text('title'), email: text('email'), phone: text('phone') }),
    };
    save.mutate({ form, body: bodies[kind]() });
  };

  return (
    <div className="activity-forms">
      <div className="tabs" role="tablist">
        {TABS.map(([key, label]) => (
          <button
            key={key}
            type="button"
            role="tab"
            aria-selected={kind === key}
            onClick={() => {
              setKind(key);
              setConfirmed(false);
            }}
          >
            {t(label)}
          </button>
        ))}
      </div>
      <form onSubmit={submit} key={kind} aria-label={t(TABS.find(([k]) => k === kind)![1])}>
        {kind === 'notes' && <textarea name="body" rows={3} required maxLength={20000} aria-label={t('form.note')} placeholder={t('form.note')} />}
        {kind === 'calls' && (
          <>
            <input name="contactName" required maxLength={200} placeholder={t('form.contactName')} aria-label={t('form.contactName')} />
            <select name="outcome" aria-label={t('form.outcome')}>
              {OUTCOMES.map((o) => (
                <option key={o} value={o}>
                  {t(`outcome.${o}` as MessageKey)}
                </option>
              ))}
            </select>
            <textarea name="description" rows={2} maxLength={5000} aria-label={t('company.description')} placeholder={t('company.description')} />
          </>
        )}
        {kind === 'outreach' && (
          <>
            {noAgencies && (
              <div className="alert warning-alert" role="alert">
                <strong>{t('outreach.noAgenciesTitle')}</strong>
                <p>{t('outreach.noAgenciesText')}</p>
                <label className="toggle">
                  <input type="checkbox" name="confirmNoAgencies" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} />
                  {t('outreach.noAgenciesConfirm')}
                </label>
              </div>
            )}
            <select name="channel" aria-label={t('form.channel')}>
              {CHANNELS.map((c) => (
                <option key={c} value={c}>
                  {t(`channel.${c}` as MessageKey)}
                </option>
              ))}
            </select>
            <textarea name="description" rows={2} maxLength={5000} aria-label={t('form.message')} placeholder={t('form.message')} />
          </>
        )}
        {kind === 'meetings' && (
          <>
            <input name="at" type="datetime-local" required aria-label={t('form.at')} />
            <input name="attendees" maxLength={2000} placeholder={t('form.attendees')} aria-label={t('form.attendees')} />
            <textarea name="description" rows={2} maxLength={5000} aria-label={t('company.description')} placeholder={t('company.description')} />
          </>
        )}
        {kind === 'contacts' && (
          <>
            <input name="name" required maxLength={200} placeholder={t('form.name')} aria-label={t('form.name')} />
            <input name="title" maxLength={200} placeholder={t('form.title')} aria-label={t('form.title')} />
            <input name="email" type="email" maxLength={320} placeholder={t('form.email')} aria-label={t('form.email')} />
            <input name="phone" maxLength={50} placeholder={t('form.phone')} aria-label={t('form.phone')} />
          </>
        )}
        <button type="submit" className="primary" disabled={save.isPending || blocked}>
          {t('common.save')}
        </button>
      </form>
    </div>
  );
}
