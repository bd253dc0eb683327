import type { Executor } from '../platform/db/database.js';
import { publishCompanyChange } from '../platform/events/company-changes.js';

/*
 * Tasks and notifications a trigger rule gives (src/automation, SPEC R4.6),
 * written in the caller's transaction. A rule's task is a manual reminder
 * set by the admin who wrote the rule (the rule acts on their behalf; its
 * note names the rule, and the record's timeline marks it automatic).
 */

/** Exactly one of the two: the company, or the lead or opportunity, the rule acted on. */
export type TaskSubject = { companyId: string; dossierId?: undefined } | { dossierId: string; companyId?: undefined };

export type AutomaticTask = TaskSubject & {
  agencyId: string;
  userId: string;
  dueAt: Date;
  note: string;
  createdBy: string;
  now: Date;
};

/** Writes a rule's reminder on a company or a dossier. */
export async function createAutomaticTask(trx: Executor, task: AutomaticTask): Promise<void> {
  await trx
    .insertInto('reminders')
    .values({
      agency_id: task.agencyId,
      company_id: task.companyId ?? null,
      dossier_id: task.dossierId ?? null,
      user_id: task.userId,
      due_at: task.dueAt,
      note: task.note,
      kind: 'manual',
      created_by: task.createdBy,
      created_at: task.now,
    })
    .execute();
  if (task.companyId) publishCompanyChange({ agencyId: task.agencyId, companyId: task.companyId, kind: 'reminder_changed' });
}

export type AutomaticNotification = TaskSubject & {
  agencyId: string;
  userId: string;
  ruleName: string;
  message: string;
  /** Unique per (agency, user): the outbox row's id, so draining a row twice writes one notification. */
  dedupeKey: string;
  now: Date;
};

/** Writes a rule's notification once (by its dedupe key); says whether it was new. */
export async function writeAutomaticNotification(trx: Executor, notification: AutomaticNotification): Promise<boolean> {
  const row = await trx
    .insertInto('notifications')
    .values({
      agency_id: notification.agencyId,
      user_id: notification.userId,
      kind: 'automation',
      company_id: notification.companyId ?? null,
      dossier_id: notification.dossierId ?? null,
      payload: JSON.stringify({ ruleName: notification.ruleName, message: notification.message }),
      dedupe_key: notification.dedupeKey,
      created_at: notification.now,
    })
    .onConflict((oc) => oc.columns(['agency_id', 'user_id', 'dedupe_key']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}
