import type { Locale, MessageKey } from '../../../i18n/messages';

interface ReminderWords {
  t(key: MessageKey, vars?: Record<string, string | number>): string;
  locale: Locale;
  formatDate(value: string): string;
}

interface ReasonData {
  stageName: Record<Locale, string>;
  afterDays?: number | undefined;
  resumeAt?: string | undefined;
}

/**
 * What a reminder says: a suggested one why, in the user's language (the
 * stage's name and the wait come with it; its stored note is English), a
 * manual one (or a suggestion older than the pipeline rules) its note.
 */
export function reminderText(
  reminder: { kind: 'manual' | 'suggested'; reason: string | null; reasonData?: ReasonData | null; note: string | null },
  { t, locale, formatDate }: ReminderWords,
): string | null {
  const data = reminder.kind === 'suggested' ? reminder.reasonData : null;
  if (!data || !reminder.reason) return reminder.note;
  return t(`reminderReason.${reminder.reason}` as MessageKey, {
    days: data.afterDays ?? '',
    stage: data.stageName[locale],
    date: data.resumeAt ? formatDate(data.resumeAt) : '',
  });
}
