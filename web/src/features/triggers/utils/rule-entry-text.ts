import type { MessageKey } from '../../../i18n/messages';

interface Wording {
  t(key: MessageKey, vars?: Record<string, string | number>): string;
  formatDate(value: string | Date): string;
}

/**
 * What a trigger rule (or a person adding a group) wrote on a lead's or
 * opportunity's timeline, in the reader's language — the server's
 * description is English — as a company's timeline says it: the group, the
 * task's day, and the rule. Null for any other entry, whose own
 * description stands.
 */
export function ruleEntryText(entry: { type: string; extraData: Record<string, unknown> }, { t, formatDate }: Wording): string | null {
  const extra = entry.extraData;
  const ruleName = typeof extra.ruleName === 'string' ? extra.ruleName : null;
  if (entry.type !== 'group_added' && entry.type !== 'group_removed' && !ruleName) return null;
  const parts = [
    typeof extra.groupName === 'string' ? t('timeline.groupName', { name: extra.groupName }) : null,
    extra.action === 'create_task' && typeof extra.dueAt === 'string' ? t('timeline.taskCreated', { date: formatDate(extra.dueAt) }) : null,
    extra.action === 'notify' ? t('timeline.notified') : null,
    ruleName ? t('timeline.byRule', { rule: ruleName }) : null,
  ].filter((part): part is string => part !== null);
  return ` — ${parts.join(' · ')}`;
}
