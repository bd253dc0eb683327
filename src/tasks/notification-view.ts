import type { notificationSchema } from './tasks.schemas.js';
import { z } from 'zod';
import type { Actor } from '../identity/domain/index.js';
import type { Executor } from '../platform/db/database.js';
import { id } from '../platform/input/input.js';

/*
 * A user's in-app notifications (SPEC R7.1). They are personal: only their
 * recipient lists them or marks them read; anyone else's is not found.
 * What a notification looks like, and how the use cases read them.
 */

export const notificationIdInput = z.object({ notificationId: id }).strict();

export type NotificationView = z.output<typeof notificationSchema>;

export interface NotificationPage {
  items: NotificationView[];
  /** All of the caller's unread notifications, not only this page's. */
  unreadCount: number;
  nextCursor: string | null;
}

/** The actor's own notifications, as rows for toView. */
export function notificationViews(db: Executor, actor: Actor) {
  return db
    .selectFrom('notifications as n')
    // About a company (its shared name) or, from a trigger rule, a lead or opportunity (its title).
    .leftJoin('companies as c', (join) => join.onRef('c.agency_id', '=', 'n.agency_id').onRef('c.id', '=', 'n.company_id'))
    .leftJoin('global_companies as g', 'g.id', 'c.global_company_id')
    .leftJoin('dossiers as d', (join) => join.onRef('d.agency_id', '=', 'n.agency_id').onRef('d.id', '=', 'n.dossier_id'))
    .where('n.agency_id', '=', actor.agencyId)
    .where('n.user_id', '=', actor.userId)
    .select(['n.id', 'n.kind', 'n.company_id as companyId', 'g.name as companyName', 'n.dossier_id as dossierId', 'd.kind as dossierKind', 'd.title as dossierTitle', 'n.payload', 'n.created_at as createdAt', 'n.read_at as readAt']);
}

interface NotificationRow {
  id: string;
  kind: 'new_jobs' | 'automation';
  companyId: string | null;
  companyName: string | null;
  dossierId: string | null;
  dossierKind: 'lead' | 'opportunity' | null;
  dossierTitle: string | null;
  payload: Record<string, unknown>;
  createdAt: Date;
  readAt: Date | null;
}

export function toView(row: NotificationRow): NotificationView {
  const jobs = Array.isArray(row.payload.jobs) ? (row.payload.jobs as { id: string; title: string }[]) : [];
  const total = typeof row.payload.total === 'number' ? row.payload.total : jobs.length;
  const ruleName = typeof row.payload.ruleName === 'string' ? row.payload.ruleName : null;
  const message = typeof row.payload.message === 'string' ? row.payload.message : null;
  const dossier = row.dossierId && row.dossierKind ? { id: row.dossierId, kind: row.dossierKind, title: row.dossierTitle ?? '' } : null;
  return { id: row.id, kind: row.kind, companyId: row.companyId, companyName: row.companyName, dossier, ruleName, message, jobs, jobCount: total, createdAt: row.createdAt, readAt: row.readAt };
}
