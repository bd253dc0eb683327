import { sql } from 'kysely';
import { z } from 'zod';
import { systemClock, type Clock } from '../platform/clock.js';
import { notFound } from '../platform/errors.js';
import type { Actor } from '../identity/domain/index.js';
import type { Db, Executor } from '../platform/db/database.js';
import { authorize } from '../identity/index.js';
import { cursor, cursorTimestamp, page } from '../platform/input/cursor.js';
import { id, parseInput, wholeNumber } from '../platform/input/input.js';
import { publishNotificationEvent } from './notification-events.js';

/*
 * A user's in-app notifications (SPEC R7.1). They are personal: only their
 * recipient lists them or marks them read; anyone else's is not found.
 */

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

export const notificationIdInput = z.object({ notificationId: id }).strict();

export interface NotificationView {
  id: string;
  kind: 'new_jobs';
  companyId: string;
  companyName: string;
  /** The new jobs, newest first (at most 20); `jobCount` says how many there were. */
  jobs: { id: string; title: string }[];
  jobCount: number;
  createdAt: Date;
  readAt: Date | null;
}

export interface NotificationPage {
  items: NotificationView[];
  /** All of the caller's unread notifications, not only this page's. */
  unreadCount: number;
  nextCursor: string | null;
}

/** The caller's notifications, newest first, with how many are unread. */
export async function listNotifications(db: Db, actor: Actor, input: z.input<typeof listNotificationsInput> = {}): Promise<NotificationPage> {
  authorize(actor, 'pipeline:read');
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

/** Marks one of the caller's notifications read (again is fine). */
export async function markNotificationRead(db: Db, actor: Actor, input: z.input<typeof notificationIdInput>, clock: Clock = systemClock): Promise<NotificationView> {
  authorize(actor, 'pipeline:read');
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

/** Marks all of the caller's notifications read; says how many were unread. */
export async function markAllNotificationsRead(db: Db, actor: Actor, clock: Clock = systemClock): Promise<{ marked: number }> {
  authorize(actor, 'pipeline:read');
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

function notificationViews(db: Executor, actor: Actor) {
  return db
    .selectFrom('notifications as n')
    .innerJoin('companies as c', (join) => join.onRef('c.agency_id', '=', 'n.agency_id').onRef('c.id', '=', 'n.company_id'))
    .innerJoin('global_companies as g', 'g.id', 'c.global_company_id')
    .where('n.agency_id', '=', actor.agencyId)
    .where('n.user_id', '=', actor.userId)
    .select(['n.id', 'n.kind', 'n.company_id as companyId', 'g.name as companyName', 'n.payload', 'n.created_at as createdAt', 'n.read_at as readAt']);
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

function toView(row: { id: string; kind: 'new_jobs'; companyId: string; companyName: string; payload: Record<string, unknown>; createdAt: Date; readAt: Date | null }): NotificationView {
  const jobs = Array.isArray(row.payload.jobs) ? (row.payload.jobs as { id: string; title: string }[]) : [];
  const total = typeof row.payload.total === 'number' ? row.payload.total : jobs.length;
  return { id: row.id, kind: row.kind, companyId: row.companyId, companyName: row.companyName, jobs, jobCount: total, createdAt: row.createdAt, readAt: row.readAt };
}
