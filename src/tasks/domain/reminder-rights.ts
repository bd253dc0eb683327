import type { Actor } from '../../identity/domain/index.js';

/**
 * Who may complete or delete a reminder, among those who may work the
 * pipeline at all (pipeline:write): the one it is for, the one who set it,
 * and the agency's managers and admins, who look after everyone's work. A
 * reminder is one person's to-do, so another recruiter may not tick it off
 * or remove it. A suggestion has no creator: its assignee, managers and
 * admins dismiss it.
 */
export function mayCloseReminder(actor: Actor, reminder: { userId: string; createdBy: string | null }): boolean {
  return actor.role === 'admin' || actor.role === 'manager' || reminder.userId === actor.userId || reminder.createdBy === actor.userId;
}
