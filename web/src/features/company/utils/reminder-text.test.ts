import { describe, expect, it } from 'vitest';
import { messages } from '../../../i18n/messages';
import { reminderText } from './reminder-text';

const words = (locale: 'nl' | 'en') => ({
  locale,
  t: (key: string, vars: Record<string, string | number> = {}) => (messages[locale] as Record<string, string>)[key]!.replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name])),
  formatDate: (value: string) => `<${value}>`,
});
const stageName = { nl: 'Voorstel verstuurd', en: 'Proposal sent' };

describe('reminderText', () => {
  it("says a suggestion's reason in the user's language, with the stage's own name and the wait", () => {
    const reminder = { kind: 'suggested' as const, reason: 'stage_follow_up', reasonData: { stageName, afterDays: 4 }, note: 'English note' };
    expect(reminderText(reminder, words('nl'))).toBe('Geen voortgang 4 dagen na de laatste opvolging in Voorstel verstuurd: volg op.');
    expect(reminderText(reminder, words('en'))).toBe('No progress 4 days after the last follow-up in Proposal sent: follow up.');
  });

  it('names the day to resume of a hold', () => {
    const reminder = { kind: 'suggested' as const, reason: 'on_hold_resume', reasonData: { stageName: { nl: 'Wachtend', en: 'On hold' }, resumeAt: '2027-01-15' }, note: null };
    expect(reminderText(reminder, words('nl'))).toBe('Wachtend tot <2027-01-15>: tijd om te hervatten.');
  });

  it('shows the note of a manual reminder, or of a suggestion without reason data', () => {
    expect(reminderText({ kind: 'manual', reason: null, note: 'Bel Jan' }, words('nl'))).toBe('Bel Jan');
    expect(reminderText({ kind: 'suggested', reason: 'stage_revisit', reasonData: null, note: 'Old note' }, words('nl'))).toBe('Old note');
  });
});
