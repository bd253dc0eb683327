import { sql } from 'kysely';
import type { z } from 'zod';
import { companySummaries, toCompanySummary, type CompanySummaryRow } from '../pipeline/index.js';
import type { Executor } from '../platform/db/database.js';
import type { companyListItemSchema } from './clients.schemas.js';
import { companyFilterSql, type CompanyFilter, type Viewer } from './company-filter.js';
import { afterCursorSql, orderBySql, sortKeySql, type CompanyCursor, type SortOrder } from './company-sort.js';

/*
 * The companies page's rows: the agency's live records with everything a
 * column shows, filtered and in the chosen order, a page at a time. The
 * list, the export and the bulk actions' "all that match" read through
 * here, so they see the same records in the same order.
 */

export type CompanyListItem = z.output<typeof companyListItemSchema>;

type ListRow = CompanySummaryRow & {
  pipelineNameNl: string;
  pipelineNameEn: string;
  stageNameNl: string;
  stageNameEn: string;
  stageColor: string;
  stageOutcome: string | null;
  newJobsNotifications: boolean;
  createdAt: Date;
  openJobs: number;
  noAgencies: boolean;
  hotness: number;
  fields: Record<string, unknown>;
  sortKey: string | null;
};

/** The matching records, with the pipeline and stage names. */
function matching(db: Executor, viewer: Viewer, filter: CompanyFilter, now: Date) {
  return companySummaries(db, viewer.agencyId, now)
    .innerJoin('pipelines as p', (join) => join.onRef('p.agency_id', '=', 'c.agency_id').onRef('p.id', '=', 'c.pipeline_id'))
    .where(companyFilterSql(filter, now, viewer));
}

/** One page of rows after `after` (or from the start), at most `limit` plus one to tell whether more follow. */
export async function readListRows(
  db: Executor,
  viewer: Viewer,
  request: { filter: CompanyFilter; order: SortOrder; after?: CompanyCursor | undefined; limit: number },
  now: Date,
): Promise<{ item: CompanyListItem; sortKey: string | null }[]> {
  const { filter, order, after, limit } = request;
  const rows = (await matching(db, viewer, filter, now)
    .select([
      'p.name_nl as pipelineNameNl',
      'p.name_en as pipelineNameEn',
      'st.name_nl as stageNameNl',
      'st.name_en as stageNameEn',
      'st.color as stageColor',
      'st.outcome as stageOutcome',
      'c.new_jobs_notifications as newJobsNotifications',
      'c.created_at as createdAt',
      'g.open_jobs as openJobs',
      'g.no_agencies as noAgencies',
      'g.hotness as hotness',
      'c.field_values as fields',
      sortKeySql(order).as('sortKey'),
    ])
    .$if(after !== undefined, (qb) => qb.where(afterCursorSql(order, after!)))
    .orderBy(orderBySql(order))
    .limit(limit + 1)
    .execute()) as ListRow[];
  return rows.map((row) => ({ item: toListItem(row, now), sortKey: row.sortKey }));
}

/** How many records match the filter. */
export async function countListRows(db: Executor, viewer: Viewer, filter: CompanyFilter, now: Date): Promise<number> {
  const row = await matching(db, viewer, filter, now)
    .clearSelect()
    .select(sql<string>`count(*)`.as('total'))
    .executeTakeFirstOrThrow();
  return Number(row.total);
}

/** The ids (and names) of every matching record, in id order: the targets of a bulk action on "all that match". */
export async function matchingIds(db: Executor, viewer: Viewer, filter: CompanyFilter, now: Date, cap: number): Promise<{ id: string; name: string }[]> {
  return matching(db, viewer, filter, now).clearSelect().select(['c.id', 'g.name']).orderBy('c.id').limit(cap).execute();
}

function toListItem(row: ListRow, now: Date): CompanyListItem {
  const {
    pipelineNameNl,
    pipelineNameEn,
    stageNameNl,
    stageNameEn,
    stageColor,
    stageOutcome,
    newJobsNotifications,
    createdAt,
    openJobs,
    noAgencies,
    hotness,
    fields,
    sortKey: _sortKey,
    ...summary
  } = row;
  return {
    ...toCompanySummary(summary, now),
    pipelineName: { nl: pipelineNameNl, en: pipelineNameEn },
    stageName: { nl: stageNameNl, en: stageNameEn },
    stageColor,
    onHold: stageOutcome === 'on_hold',
    newJobsNotifications,
    createdAt: new Date(createdAt),
    lastActivityAt: summary.lastActivityAt === null ? null : new Date(summary.lastActivityAt),
    openJobs: Number(openJobs),
    noAgencies,
    hotness: Number(hotness),
    fields: fields as CompanyListItem['fields'],
  };
}

/** Every matching record in the sort's order, read a keyset page at a time (the export's walk: each record exactly once, nothing capped). */
export async function* walkListRows(
  db: Executor,
  viewer: Viewer,
  request: { filter: CompanyFilter; order: SortOrder },
  now: Date,
  pageSize = 500,
): AsyncGenerator<CompanyListItem> {
  let after: CompanyCursor | undefined;
  for (;;) {
    const rows = await readListRows(db, viewer, { ...request, after, limit: pageSize }, now);
    for (const row of rows.slice(0, pageSize)) yield row.item;
    const last = rows[pageSize - 1];
    if (rows.length <= pageSize || !last) return;
    after = [request.order.sort, request.order.direction, last.sortKey, last.item.id];
  }
}
