import { REMINDER_RULES } from '../../../../../src/tasks/domain/reminders.js';
import type { MessageKey } from '../../../i18n/messages';

type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

/** What a reminder says: a suggested one why, in the user's language (its stored note is English); a manual one its note. */
export function reminderText(reminder: { kind: 'manual' | 'suggested'; reason: string | null; note: string | null }, t: Translate): string | null {
  const rule = reminder.kind === 'suggested' ? REMINDER_RULES.find((r) => r.key === reminder.reason) : undefined;
  return rule ? t(`reminderReason.${rule.key}` as MessageKey, { days: rule.afterDays }) : reminder.note;
}
