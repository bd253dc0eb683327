import { z } from 'zod';
import type { Actor } from '../identity/domain/index.js';
import type { Db, Executor } from '../platform/db/database.js';
import { authorize } from '../identity/index.js';
import { cursor, cursorTimestamp, page } from '../platform/input/cursor.js';
import { parseInput, wholeNumber } from '../platform/input/input.js';
import { notificationViews, toView, type NotificationPage } from './notification-view.js';

const flag = z.union([z.boolean(), z.enum(['true', 'false']).transform((value) => value === 'true')], { error: 'must be true or false' });

export const listNotificationsInput = z
  .object({
    /** Only those not read yet. */
    unreadOnly: flag.default(false),
    limit: wholeNumber(1, 100).default(20),
    /** From the previous page's nextCursor. */
    cursor: cursor(z.tuple([cursorTimestamp, z.guid()])).optional(),
  })
  .strict();

/** The caller's notifications, newest first, with how many are unread. */
export async function listNotifications(db: Db, actor: Actor, input: z.input<typeof listNotificationsInput> = {}): Promise<NotificationPage> {
  authorize(actor, 'companies:view');
  const request = parseInput(listNotificationsInput, input);
  const [rows, unreadCount] = await Promise.all([
    notificationViews(db, actor)
      .$if(request.unreadOnly, (qb) => qb.where('n.read_at', 'is', null))
      .$if(request.cursor !== undefined, (qb) =>
        qb.where((eb) => eb(eb.refTuple('n.created_at', 'n.id'), '<', eb.tuple(request.cursor![0], request.cursor![1]))),
      )
      .orderBy('n.created_at', 'desc')
      .orderBy('n.id', 'desc')
      .limit(request.limit + 1)
      .execute(),
    countUnread(db, actor),
  ]);
  const { items, nextCursor } = page(rows.map(toView), request.limit, (row) => [row.createdAt.toISOString(), row.id]);
  return { items, unreadCount, nextCursor };
}

async function countUnread(db: Executor, actor: Actor): Promise<number> {
  const row = await db
    .selectFrom('notifications')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('agency_id', '=', actor.agencyId)
    .where('user_id', '=', actor.userId)
    .where('read_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
