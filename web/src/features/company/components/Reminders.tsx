import type { FormEvent } from 'react';
import { useI18n } from '../../../i18n/i18n';
import { useChangeReminder, useReminders, type ReminderChange } from '../hooks/useReminders';
import { dateInputValue, dueAtFor, dueState } from '../utils/reminder-dates';
import { reminderText } from '../utils/reminder-text';
import { errorText } from '../../../shared/error-text';
import { useMe, useUsers } from '../../../shared/queries';
import { ownerChoices } from '../../../shared/owner-choices';
import { UserOptions } from '../../../shared/UserOptions';

export interface RemindersProps {
  /** A company's reminders … */
  companyId?: string | undefined;
  /** … or a lead's or opportunity's tasks (one of the two). */
  dossierId?: string | undefined;
  onSaved(text: string): void;
  onFailed(text: string): void;
}

/** The record's open reminders (a company's, or a lead's or opportunity's tasks), soonest first, with done and delete, and a form to add one (a day and a note). */
export function Reminders({ companyId, dossierId, onSaved, onFailed }: RemindersProps) {
  const i18n = useI18n();
  const { t, formatDate } = i18n;
  const record = dossierId ? ({ kind: 'dossier', id: dossierId } as const) : ({ kind: 'company', id: companyId ?? '' } as const);
  const reminders = useReminders(record);
  const me = useMe();
  const colleagues = ownerChoices(useUsers().data ?? [], null, me.data?.id).filter((user) => user.role !== 'operator');
  const change = useChangeReminder(record);
  const now = new Date();
  const open = (reminders.data ?? []).filter((r) => !r.doneAt).sort((a, b) => a.dueAt.localeCompare(b.dueAt));

  const run = (request: ReminderChange, done: string, form?: HTMLFormElement) =>
    change.mutate(request, {
      onSuccess: () => {
        form?.reset();
        onSaved(done);
      },
      onError: (error) => onFailed(errorText(error, t)),
    });
  const add = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const note = String(data.get('note') ?? '').trim();
    const userId = String(data.get('userId') ?? '') || undefined;
    run({ action: 'add', dueAt: dueAtFor(String(data.get('due'))), note: note || undefined, userId }, t('reminders.added'), form);
  };

  return (
    <section className="card reminders-card" aria-labelledby="reminders-title">
      <h2 id="reminders-title">{t('reminders.title')}</h2>
      {reminders.isError && <p className="error">{errorText(reminders.error, t)}</p>}
      {reminders.isSuccess && open.length === 0 && <p className="empty">{t('reminders.empty')}</p>}
      {open.length > 0 && (
        <ul className="reminders">
          {open.map((reminder) => {
            const state = dueState(reminder.dueAt, now);
            const date = formatDate(reminder.dueAt);
            const busy = change.isPending && 'id' in change.variables && change.variables.id === reminder.id;
            return (
              <li key={reminder.id} className={`reminder ${state}`}>
                <div className="reminder-text">
                  <time dateTime={reminder.dueAt}>
                    {date}
                    {state !== 'later' && <span className="due-tag">{t(state === 'overdue' ? 'reminders.overdue' : 'reminders.today')}</span>}
                  </time>
                  {reminderText(reminder, i18n) && <p>{reminderText(reminder, i18n)}</p>}
                  <span className="meta">
                    {[reminder.kind === 'suggested' && t('routine.suggested'), reminder.userName && t('reminders.for', { name: reminder.userName })].filter(Boolean).join(' · ')}
                  </span>
                </div>
                <div className="reminder-actions">
                  <button type="button" className="done-button" disabled={busy} aria-label={t('reminders.doneLabel', { date })} title={t('reminders.done')} onClick={() => run({ action: 'done', id: reminder.id }, t('reminders.completed'))}>
                    ✓
                  </button>
                  {/* A suggestion is dismissed by ticking it off; only manual reminders can be deleted. */}
                  {reminder.kind === 'manual' && (
                    <button type="button" className="icon-button" disabled={busy} aria-label={t('reminders.deleteLabel', { date })} title={t('reminders.delete')} onClick={() => run({ action: 'delete', id: reminder.id }, t('reminders.deleted'))}>
                      ✕
                    </button>
                  )}
                </div>
              </li>
            );
          })}
        </ul>
      )}
      <form className="reminder-form" onSubmit={add} aria-label={t('reminders.add')}>
        <input name="due" type="date" required defaultValue={dateInputValue(now, 7)} min={dateInputValue(now)} aria-label={t('reminders.due')} />
        <input name="note" maxLength={500} placeholder={t('reminders.note')} aria-label={t('reminders.note')} />
        {colleagues.length > 0 && (
          <select name="userId" defaultValue="" aria-label={t('reminders.assignee')} title={t('reminders.assignee')}>
            <option value="">{t('reminders.me')}</option>
            <UserOptions users={colleagues} />
          </select>
        )}
        <button type="submit" className="primary" disabled={change.isPending && change.variables?.action === 'add'}>
          {t('reminders.add')}
        </button>
      </form>
    </section>
  );
}
