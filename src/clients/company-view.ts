import { z } from 'zod';
import type { Actor } from '../identity/domain/index.js';
import { can } from '../identity/domain/index.js';
import type { Executor } from '../platform/db/database.js';
import { forbidden, notFound } from '../platform/errors.js';
import { viewSettingsSchema, type companyViewSchema } from './clients.schemas.js';
import type { CompanyViewRow } from './clients.tables.js';


export type ViewSettings = z.output<typeof viewSettingsSchema>;
export type CompanyView = z.output<typeof companyViewSchema>;

/** The saved views the actor sees: their own and those shared with the agency, with their owner's name. */
export function visibleViews(db: Executor, actor: Actor) {
  return db
    .selectFrom('company_views as v')
    .innerJoin('users as u', (join) => join.onRef('u.agency_id', '=', 'v.agency_id').onRef('u.id', '=', 'v.user_id'))
    .selectAll('v')
    .select('u.name as owner_name')
    .where('v.agency_id', '=', actor.agencyId)
    .where((eb) => eb.or([eb('v.user_id', '=', actor.userId), eb('v.shared', '=', true)]));
}

/**
 * A view the actor may change: their own, or — for an admin — a colleague's
 * shared one. A colleague's own view stays invisible (not found); a
 * colleague's shared view is refused to others.
 */
export async function viewToChange(db: Executor, actor: Actor, viewId: string, action: string): Promise<CompanyViewRow & { owner_name: string }> {
  const view = await visibleViews(db, actor).where('v.id', '=', viewId).forUpdate('v').executeTakeFirst();
  if (!view) throw notFound('CompanyView', viewId);
  if (view.user_id !== actor.userId && !can(actor, 'settings:manage')) throw forbidden(action);
  return view;
}

export function toCompanyView(row: CompanyViewRow & { owner_name: string }, actor: Actor): CompanyView {
  const settings = viewSettingsSchema.safeParse(row.settings);
  return {
    id: row.id,
    name: row.name,
    shared: row.shared,
    ownerId: row.user_id,
    ownerName: row.owner_name,
    mine: row.user_id === actor.userId,
    canEdit: row.user_id === actor.userId || can(actor, 'settings:manage'),
    // A view saved by an older version whose settings no longer parse opens as the plain list.
    settings: settings.success ? settings.data : { filter: {}, columns: [] },
    createdAt: new Date(row.created_at),
    updatedAt: new Date(row.updated_at),
  };
}
