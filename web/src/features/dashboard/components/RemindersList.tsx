import { Link } from 'react-router';
import type { Routine } from '../../../api/client';
import { useI18n } from '../../../i18n/i18n';
import { dueState } from '../../company/utils/reminder-dates';
import { reminderText } from '../../company/utils/reminder-text';
import { useCompleteReminder } from '../hooks/useDashboard';
import { ListCard } from './ListCard';
import { CompanyLink } from './CompanyLink';

/** Reminders due today or earlier, the oldest first, on companies and on leads and opportunities; a stored one can be ticked off here. */
export function RemindersList({ reminders }: { reminders: Routine['reminders'] | undefined }) {
  const i18n = useI18n();
  const { t, formatDate, formatRelative } = i18n;
  const complete = useCompleteReminder();
  const now = new Date();
  const items = reminders
    ? [...reminders]
        .sort((a, b) => a.dueAt.localeCompare(b.dueAt))
        .map((reminder) => {
          const overdue = dueState(reminder.dueAt, now) === 'overdue';
          return (
            <li key={reminder.id} className="reminder-row">
              <div className="routine-main">
                {reminder.dossierId ? (
                  <Link to={`/dossiers/${reminder.dossierId}`} className="routine-name">
                    <span className="muted">{t(`dossier.kind.${reminder.dossierKind ?? 'lead'}`)}</span> {reminder.name}
                  </Link>
                ) : (
                  reminder.companyId && <CompanyLink id={reminder.companyId} name={reminder.name} />
                )}
                {reminder.kind === 'suggested' && <span className="suggested-badge">{t('routine.suggested')}</span>}
                <button
                  type="button"
                  className="done-button"
                  disabled={complete.isPending && complete.variables === reminder.id}
                  onClick={() => complete.mutate(reminder.id)}
                  aria-label={t('reminders.doneLabel', { date: formatDate(reminder.dueAt) })}
                >
                  ✓ {t('reminders.done')}
                </button>
              </div>
              {reminderText(reminder, i18n) && <p className="reminder-note">{reminderText(reminder, i18n)}</p>}
              <div className="routine-meta">
                <time dateTime={reminder.dueAt} title={formatDate(reminder.dueAt)} className={overdue ? 'warn' : ''}>
                  {formatDate(reminder.dueAt)} · {overdue ? t('routine.overdue') : formatRelative(reminder.dueAt)}
                </time>
                {reminder.userName && <span>{t('reminders.for', { name: reminder.userName })}</span>}
              </div>
            </li>
          );
        })
    : null;
  return (
    <ListCard list="reminders" title={t('routine.reminders')} subtitle={t('routine.remindersSub')} count={reminders?.length} items={items} empty={t('routine.remindersEmpty')} />
  );
}
