import { useState, type FormEvent } from 'react';
import { api, ApiError, type DossierDetail } from '../../../api/client';
import { useI18n } from '../../../i18n/i18n';
import { errorText } from '../../../shared/error-text';
import { useUsers } from '../../../shared/queries';
import { UserOptions } from '../../../shared/UserOptions';
import { useDossierAction, useDossierLists } from '../hooks/useDossiers';
import { DossierClient } from './DossierClient';

const LISTS = ['source', 'priority', 'category'] as const;

/** A dossier's details, edited in place (PATCH /api/dossiers/:id); source, priority and category are chosen from the agency's lists (Settings). */
export function DossierFields({ dossier, onSaved }: { dossier: DossierDetail; onSaved(): void }) {
  const { t, locale } = useI18n();
  const users = useUsers().data ?? [];
  const lists = useDossierLists().data;
  const [form, setForm] = useState({
    title: dossier.title,
    ownerId: dossier.ownerId ?? '',
    source: dossier.source ?? '',
    priority: dossier.priority ?? '',
    category: dossier.category ?? '',
    value: dossier.value === null ? '' : String(dossier.value),
    expectedCloseDate: dossier.expectedCloseDate ?? '',
  });
  const save = useDossierAction(dossier.id, (body: Record<string, unknown>) => api(`/api/dossiers/${dossier.id}`, { method: 'PATCH', body }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(
      {
        title: form.title,
        ownerId: form.ownerId || null,
        source: form.source || null,
        priority: form.priority || null,
        category: form.category || null,
        value: form.value.trim() ? Number(form.value) : null,
        expectedCloseDate: form.expectedCloseDate || null,
      },
      { onSuccess: onSaved },
    );
  };
  const set = (key: keyof typeof form) => (event: { target: { value: string } }) => setForm({ ...form, [key]: event.target.value });
  return (
    <section aria-labelledby="dossier-fields">
      <h2 id="dossier-fields">{t('dossier.fields')}</h2>
      <DossierClient dossier={dossier} onSaved={onSaved} />
      <form className="dossier-fields" onSubmit={submit}>
        <label>
          {t('wizard.titleField')}
          <input required maxLength={200} value={form.title} onChange={set('title')} />
        </label>
        <label>
          {t('dossier.owner')}
          <select value={form.ownerId} onChange={set('ownerId')}>
            <option value="">—</option>
            <UserOptions users={users} current={form.ownerId} />
          </select>
        </label>
        {LISTS.map((key) => {
          const issue = save.error instanceof ApiError ? save.error.issueFor(key) : undefined;
          const values = lists?.[key] ?? [];
          return (
            <label key={key}>
              {t(`dossier.${key}`)}
              <select value={form[key]} onChange={set(key)} aria-invalid={issue ? true : undefined}>
                <option value="">—</option>
                {values.map((value) => (
                  <option key={value.key} value={value.key}>
                    {value.name[locale]}
                  </option>
                ))}
                {/* A value no longer in the list (or not loaded yet) stays shown as it is. */}
                {form[key] && !values.some((value) => value.key === form[key]) && <option value={form[key]}>{form[key]}</option>}
              </select>
              {issue && <span className="field-error">{issue}</span>}
            </label>
          );
        })}
        <label>
          {t('wizard.value')}
          <input type="number" min={0} step="0.01" inputMode="decimal" value={form.value} onChange={set('value')} />
        </label>
        <label>
          {t('dossier.close')}
          <input type="date" value={form.expectedCloseDate} onChange={set('expectedCloseDate')} />
        </label>
        <button type="submit" className="no-print" disabled={save.isPending}>
          {t('dossier.save')}
        </button>
        {save.error && (
          <p className="error" role="alert">
            {errorText(save.error, t)}
          </p>
        )}
      </form>
    </section>
  );
}
