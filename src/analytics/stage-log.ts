import { sql } from 'kysely';
import type { ActivityType } from '../pipeline/domain/index.js';
import { eventsInPipeline, type CompanyHistory, type LoggedStageEvent } from './domain/index.js';
import type { Executor } from '../platform/db/database.js';

/** The activities that put a company in a stage, in another pipeline, or take it out of the pipeline. */
export const STAGE_ACTIVITIES = ['company_tracked', 'imported', 'status_change', 'pipeline_changed', 'company_deleted'] as const satisfies readonly ActivityType[];
/** The stage activities that name the pipeline the record is in after them. */
const IN_PIPELINE = ['company_tracked', 'imported', 'status_change', 'pipeline_changed'] as const satisfies readonly ActivityType[];

export interface StageLogFilter {
  pipelineId: string;
  /** Only companies this user owns now. */
  ownerId?: string | undefined;
  /** Only these companies. */
  companyIds?: readonly string[] | undefined;
  /** Only activities up to this seq (a log read in pages stops where its first page's count did). */
  maxSeq?: string | undefined;
}

/** A company's stage log in one pipeline, with who owns the company now. */
export interface StageLog extends CompanyHistory {
  ownerId: string | null;
}

/**
 * Whether a company has been in the pipeline: it is there now, or a stage
 * activity of its log was decided in it (it moved away since, or was
 * followed again into another). Written for the companies row `c`.
 */
export function everInPipeline(pipelineId: string) {
  return sql<boolean>`(c.pipeline_id = ${pipelineId} or exists (
    select 1 from client_company_activities p
    where p.agency_id = c.agency_id and p.company_id = c.id and p.pipeline_id = ${pipelineId}
      and p.activity_type in (${sql.join(IN_PIPELINE.map((type) => sql`${type}`))})))`;
}

/**
 * The stage log in the pipeline of each of the agency's companies that has
 * been in it, soft-deleted ones included, up to `now` (all of it when
 * absent), in log order (created_at, then seq); see eventsInPipeline.
 * Companies without any stage activity in the pipeline are left out. One
 * scan of the agency's activities along the (agency_id, company_id, …)
 * timeline index.
 */
export async function readStageLogs(db: Executor, agencyId: string, filter: StageLogFilter, now?: Date): Promise<StageLog[]> {
  const rows = await db
    .selectFrom('client_company_activities as a')
    .innerJoin('companies as c', (join) => join.onRef('c.agency_id', '=', 'a.agency_id').onRef('c.id', '=', 'a.company_id'))
    .where('a.agency_id', '=', agencyId)
    .where('c.agency_id', '=', agencyId)
    .where(everInPipeline(filter.pipelineId))
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
      // Activities written before pipelines were data name none: the record's pipeline then was the one it is in.
      sql<string>`coalesce(a.pipeline_id, c.pipeline_id)`.as('pipelineId'),
      sql<string | null>`a.extra_data->>'lossReason'`.as('lossReason'),
    ])
    .orderBy('a.company_id')
    .orderBy('a.created_at')
    .orderBy('a.seq')
    .execute();

  const logs: StageLog[] = [];
  let current: { companyId: string; ownerId: string | null; events: LoggedStageEvent[] } | undefined;
  const flush = () => {
    if (!current) return;
    const events = eventsInPipeline(filter.pipelineId, current.events);
    if (events.length > 0) logs.push({ companyId: current.companyId, ownerId: current.ownerId, events });
  };
  for (const row of rows) {
    if (current?.companyId !== row.companyId) {
      flush();
      current = { companyId: row.companyId, ownerId: row.ownerId, events: [] };
    }
    current.events.push(toLoggedEvent(row));
  }
  flush();
  return logs;
}

function toLoggedEvent(row: { type: string; stage: string | null; at: Date; pipelineId: string; lossReason: string | null }): LoggedStageEvent {
  const stage = { at: row.at, stage: row.stage!, pipelineId: row.pipelineId };
  switch (row.type) {
    case 'company_tracked':
      return { kind: 'followed', ...stage };
    // A migration import places the record in its stage at the import's moment: counted from then, as an entry.
    case 'imported':
      return { kind: 'imported', ...stage, lossReason: row.lossReason };
    case 'status_change':
      return { kind: 'moved', ...stage, lossReason: row.lossReason };
    case 'pipeline_changed':
      return { kind: 'pipelineChanged', ...stage, lossReason: row.lossReason };
    default:
      return { kind: 'unfollowed', at: row.at };
  }
}
