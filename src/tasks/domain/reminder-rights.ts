import { can, type Actor } from '../../identity/domain/index.js';

/**
 * Who may complete or delete a reminder, among those who may work the
 * pipeline at all (companies:edit): the one it is for, the one who set it,
 * and whoever holds team:lead (the built-in managers and admins), who look
 * after everyone's work. A
 * reminder is one person's to-do, so another recruiter may not tick it off
 * or remove it. A suggestion has no creator: its assignee, managers and
 * admins dismiss it.
 */
export function mayCloseReminder(actor: Actor, reminder: { userId: string; createdBy: string | null }): boolean {
  return can(actor, 'team:lead') || reminder.userId === actor.userId || reminder.createdBy === actor.userId;
}
