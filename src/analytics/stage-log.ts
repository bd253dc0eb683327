import { sql } from 'kysely';
import type { ActivityType } from '../pipeline/domain/index.js';
import type { CompanyHistory, StageEvent } from './domain/index.js';
import type { Executor } from '../platform/db/database.js';

/** The activities that put a company in a stage or take it out of the pipeline. */
const STAGE_ACTIVITIES = ['company_tracked', 'status_change', 'company_deleted'] as const satisfies readonly ActivityType[];

export interface StageLogFilter {
  pipelineId: string;
  /** Only companies this user owns now. */
  ownerId?: string | undefined;
  /** Only these companies. */
  companyIds?: readonly string[] | undefined;
  /** Only activities up to this seq (a log read in pages stops where its first page's count did). */
  maxSeq?: string | undefined;
}

/** A company's stage log, with who owns the company now. */
export interface StageLog extends CompanyHistory {
  ownerId: string | null;
}

/**
 * The stage log of each of the agency's companies in the pipeline, soft-
 * deleted ones included, up to `now` (all of it when absent), in log order
 * (created_at, then seq). Companies without any stage activity are left
 * out. One scan of the agency's activities along the (agency_id,
 * company_id, …) timeline index.
 */
export async function readStageLogs(db: Executor, agencyId: string, filter: StageLogFilter, now?: Date): Promise<StageLog[]> {
  const rows = await db
    .selectFrom('client_company_activities as a')
    .innerJoin('companies as c', (join) => join.onRef('c.agency_id', '=', 'a.agency_id').onRef('c.id', '=', 'a.company_id'))
    .where('a.agency_id', '=', agencyId)
    .where('c.agency_id', '=', agencyId)
    .where('c.pipeline_id', '=', filter.pipelineId)
    .$if(filter.ownerId !== undefined, (qb) => qb.where('c.owner_id', '=', filter.ownerId!))
    .$if(filter.companyIds !== undefined, (qb) => qb.where('a.company_id', '=', sql<string>`any(${[...filter.companyIds!]}::uuid[])`))
    .where('a.activity_type', 'in', STAGE_ACTIVITIES)
    .$if(now !== undefined, (qb) => qb.where('a.created_at', '<=', now!))
    .$if(filter.maxSeq !== undefined, (qb) => qb.where('a.seq', '<=', sql<number>`${filter.maxSeq!}::bigint`))
    .select([
      'a.company_id as companyId',
      'c.owner_id as ownerId',
      'a.activity_type as type',
      'a.new_status as stage',
      'a.created_at as at',
      sql<string | null>`a.extra_data->>'lossReason'`.as('lossReason'),
    ])
    .orderBy('a.company_id')
    .orderBy('a.created_at')
    .orderBy('a.seq')
    .execute();

  const histories: (StageLog & { events: StageEvent[] })[] = [];
  for (const row of rows) {
    let history = histories.at(-1);
    if (history?.companyId !== row.companyId) {
      history = { companyId: row.companyId, ownerId: row.ownerId, events: [] };
      histories.push(history);
    }
    history.events.push(toStageEvent(row));
  }
  return histories;
}

function toStageEvent(row: { type: string; stage: string | null; at: Date; lossReason: string | null }): StageEvent {
  switch (row.type) {
    case 'company_tracked':
      return { kind: 'followed', at: row.at, stage: row.stage! };
    case 'status_change':
      return { kind: 'moved', at: row.at, stage: row.stage!, lossReason: row.lossReason };
    default:
      return { kind: 'unfollowed', at: row.at };
  }
}
