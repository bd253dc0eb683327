import { sql } from 'kysely';
import type { z } from 'zod';
import { systemClock, type Clock } from '../platform/clock.js';
import { notFound } from '../platform/errors.js';
import type { Actor } from '../identity/domain/index.js';
import type { Db } from '../platform/db/database.js';
import { authorize } from '../identity/index.js';
import { parseInput } from '../platform/input/input.js';
import { publishNotificationEvent } from './notification-events.js';
import { notificationIdInput, notificationViews, toView, type NotificationView } from './notification-view.js';

/** Marks one of the caller's notifications read (again is fine); anyone else's is not found. */
export async function markNotificationRead(db: Db, actor: Actor, input: z.input<typeof notificationIdInput>, clock: Clock = systemClock): Promise<NotificationView> {
  authorize(actor, 'companies:view');
  const { notificationId } = parseInput(notificationIdInput, input);
  const updated = await db
    .updateTable('notifications')
    .set({ read_at: sql`coalesce(read_at, ${clock()})` })
    .where('agency_id', '=', actor.agencyId)
    .where('user_id', '=', actor.userId)
    .where('id', '=', notificationId)
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) === 0) throw notFound('Notification', notificationId);
  publishNotificationEvent({ agencyId: actor.agencyId, userIds: [actor.userId], kind: 'read' });
  return toView(await notificationViews(db, actor).where('n.id', '=', notificationId).executeTakeFirstOrThrow());
}
