import { useState, type FormEvent } from 'react';
import { api, type DossierDetail } from '../../../api/client';
import { useI18n } from '../../../i18n/i18n';
import type { MessageKey } from '../../../i18n/messages';
import { errorText } from '../../../shared/error-text';
import { useDossierAction, useDossierTimeline } from '../hooks/useDossiers';
import { ruleEntryText } from '../../triggers/utils/rule-entry-text';
import { changeLines } from '../utils/change-lines';

const LOGGED = ['note', 'email', 'task', 'appointment'] as const;

/** The dossier's timeline, newest first, and the form to log a note, e-mail, task or appointment. */
export function DossierTimeline({ dossier }: { dossier: DossierDetail }) {
  const i18n = useI18n();
  const { t, locale } = i18n;
  const timeline = useDossierTimeline(dossier.id);
  const [type, setType] = useState<(typeof LOGGED)[number]>('note');
  const [body, setBody] = useState('');
  const [at, setAt] = useState('');
  const log = useDossierAction(dossier.id, (request: Record<string, unknown>) => api(`/api/dossiers/${dossier.id}/activities`, { method: 'POST', body: request }));
  const stageName = (key: string | null) => (key ? (dossier.pipeline.stages.find((s) => s.key === key)?.name[locale] ?? key) : '');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const moment = at ? new Date(at).toISOString() : undefined;
    log.mutate({ type, body, ...(moment ? { at: moment } : {}) }, { onSuccess: () => (setBody(''), setAt('')) });
  };

  return (
    <section aria-labelledby="dossier-timeline">
      <h2 id="dossier-timeline">{t('dossier.timeline')}</h2>
      <form className="no-print log-form" onSubmit={submit}>
        <label>
          {t('dossier.logType')}
          <select value={type} onChange={(e) => setType(e.target.value as (typeof LOGGED)[number])}>
            {LOGGED.map((key) => (
              <option key={key} value={key}>
                {t(`dossier.activity.${key}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('dossier.logBody')}
          <textarea rows={2} required maxLength={20000} value={body} onChange={(e) => setBody(e.target.value)} />
        </label>
        {(type === 'task' || type === 'appointment') && (
          <label>
            {t('dossier.logAt')}
            <input type="datetime-local" required={type === 'appointment'} value={at} onChange={(e) => setAt(e.target.value)} />
          </label>
        )}
        <button type="submit" disabled={log.isPending}>
          {t('dossier.log')}
        </button>
        {log.error && (
          <p className="error" role="alert">
            {errorText(log.error, t)}
          </p>
        )}
      </form>
      <ol className="timeline" data-testid="dossier-timeline">
        {(timeline.data?.items ?? []).map((entry) => (
          <li key={entry.id}>
            <strong>{t(`dossier.activity.${entry.type}` as MessageKey)}</strong>
            {entry.type === 'status_change' && ` ${stageName(entry.oldStatus)} → ${stageName(entry.newStatus)}`}
            {ruleEntryText(entry, i18n) ?? (entry.description && entry.type !== 'status_change' && ` — ${entry.description}`)}
            {entry.type === 'deal_updated' && (
              <ul className="change-lines">
                {changeLines(entry.extraData).map((line) => (
                  <li key={line.field}>
                    {t(`dossier.change.${line.field}` as MessageKey)}
                    {'from' in line && `: ${line.from ?? '—'} → ${line.to ?? '—'}`}
                  </li>
                ))}
              </ul>
            )}
            <br />
            <small>
              {entry.userName ?? ''} · {new Date(entry.createdAt).toLocaleString(locale)}
            </small>
          </li>
        ))}
      </ol>
    </section>
  );
}
