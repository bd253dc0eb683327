import { systemClock, type Clock } from '../platform/clock.js';
import type { Actor } from '../identity/domain/index.js';
import type { Db } from '../platform/db/database.js';
import { authorize } from '../identity/index.js';
import { publishNotificationEvent } from './notification-events.js';

/** Marks all of the caller's notifications read; says how many were unread. */
export async function markAllNotificationsRead(db: Db, actor: Actor, clock: Clock = systemClock): Promise<{ marked: number }> {
  authorize(actor, 'companies:view');
  const updated = await db
    .updateTable('notifications')
    .set({ read_at: clock() })
    .where('agency_id', '=', actor.agencyId)
    .where('user_id', '=', actor.userId)
    .where('read_at', 'is', null)
    .executeTakeFirst();
  const marked = Number(updated.numUpdatedRows);
  if (marked > 0) publishNotificationEvent({ agencyId: actor.agencyId, userIds: [actor.userId], kind: 'read' });
  return { marked };
}
