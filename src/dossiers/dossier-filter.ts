import { sql, type RawBuilder, type SqlBool } from 'kysely';
import { z } from 'zod';
import type { Actor } from '../identity/domain/index.js';
import { calendarDate, id, optionalText, plainString, wholeNumber } from '../platform/input/input.js';
import { filterStageKey, queryList } from '../platform/input/query-list.js';
import { escapeLike } from '../pipeline/index.js';
import { dossierKind } from './dossier-input.js';

/*
 * The overview's filter (SPEC R4.5), in one place: the list, its bulk
 * actions' "all that match", the export and the reports read the same
 * records through it.
 */


export const dossierFilterFields = {
  kind: dossierKind,
  /** A stage group (the overview's tab), e.g. `open`, `closing`, `closed`, `on_hold`; every stage when left out. */
  group: plainString().trim().regex(/^[a-z][a-z0-9_]{0,39}$/, { error: 'must be a stage group key' }).optional(),
  /** `my`: the caller's own; `branches`: their branch's; `all` (the default). */
  scope: z.enum(['my', 'branches', 'all'], { error: 'must be my, branches or all' }).default('all'),
  /** Simple search: title, client name or a linked contact's name. */
  q: optionalText(200),
  stage: queryList(filterStageKey, 50).optional(),
  ownerId: queryList(id, 50).optional(),
  branchId: queryList(id, 50).optional(),
  companyId: id.optional(),
  source: optionalText(100),
  priority: optionalText(100),
  category: optionalText(100),
  /** Value range in EUR (whole euros). */
  valueMin: wholeNumber(0, 999_999_999_999).optional(),
  valueMax: wholeNumber(0, 999_999_999_999).optional(),
  /** Created on or after / on or before (YYYY-MM-DD). */
  createdFrom: calendarDate().optional(),
  createdTo: calendarDate().optional(),
  /** Expected close date range (YYYY-MM-DD). */
  closeFrom: calendarDate().optional(),
  closeTo: calendarDate().optional(),
};

export const dossierFilterSchema = z.object(dossierFilterFields).strict();
export type DossierFilter = z.output<typeof dossierFilterSchema>;

/**
 * The filter as one SQL condition on `d` (dossiers) and `g` (the client's
 * global company), live dossiers of the kind only.
 */
export function dossierFilterSql(filter: DossierFilter, actor: Actor): RawBuilder<SqlBool> {
  const parts: RawBuilder<unknown>[] = [sql`d.kind = ${filter.kind}`, sql`d.deleted_at is null`];
  if (filter.group) {
    parts.push(sql`exists (select 1 from pipeline_stages s where s.agency_id = d.agency_id and s.pipeline_id = d.pipeline_id and s.key = d.stage and coalesce(s.stage_group, 'open') = ${filter.group})`);
  }
  if (filter.scope === 'my') parts.push(sql`d.owner_id = ${actor.userId}`);
  if (filter.scope === 'branches') parts.push(sql`d.branch_id = (select u.branch_id from users u where u.agency_id = d.agency_id and u.id = ${actor.userId})`);
  if (filter.q) {
    const pattern = `%${escapeLike(filter.q)}%`;
    parts.push(sql`(d.title ilike ${pattern} or g.name ilike ${pattern} or exists (
      select 1 from dossier_contacts l join contacts c on c.agency_id = l.agency_id and c.id = l.contact_id
      where l.agency_id = d.agency_id and l.dossier_id = d.id and c.name ilike ${pattern}))`);
  }
  if (filter.stage) parts.push(sql`d.stage in (${sql.join(filter.stage)})`);
  if (filter.ownerId) parts.push(sql`d.owner_id in (${sql.join(filter.ownerId)})`);
  if (filter.branchId) parts.push(sql`d.branch_id in (${sql.join(filter.branchId)})`);
  if (filter.companyId) parts.push(sql`d.company_id = ${filter.companyId}`);
  if (filter.source) parts.push(sql`d.source = ${filter.source}`);
  if (filter.priority) parts.push(sql`d.priority = ${filter.priority}`);
  if (filter.category) parts.push(sql`d.category = ${filter.category}`);
  if (filter.valueMin !== undefined) parts.push(sql`d.value >= ${filter.valueMin}`);
  if (filter.valueMax !== undefined) parts.push(sql`d.value <= ${filter.valueMax}`);
  if (filter.createdFrom) parts.push(sql`d.created_at >= ${filter.createdFrom}::date`);
  if (filter.createdTo) parts.push(sql`d.created_at < ${filter.createdTo}::date + 1`);
  if (filter.closeFrom) parts.push(sql`d.expected_close_date >= ${filter.closeFrom}::date`);
  if (filter.closeTo) parts.push(sql`d.expected_close_date <= ${filter.closeTo}::date`);
  return sql<SqlBool>`(${sql.join(parts, sql` and `)})`;
}
