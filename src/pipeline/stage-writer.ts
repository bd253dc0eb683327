import { DEFAULT_PIPELINE, decidePipelineEntry, decideStatusChange, pipelineByKey, type StatusChangeCommand } from './domain/index.js';
import type { CompanyRow } from './pipeline.tables.js';
import type { Executor } from '../platform/db/database.js';
import { appendActivity } from './company-records.js';
import { toActivityView, toCompanyView, type ActivityView, type CompanyView } from './views.js';

/*
 * The one stage writer (docs/architecture.md, "Rules that keep the data
 * honest"): the only code that writes companies.client_status and
 * client_status_changed_at. Each write appends the activity that records it
 * (company_tracked or status_change) with the same stage and moment, in the
 * caller's transaction, so the stage always equals the timeline's latest
 * status entry. stage-writer.test.ts fails when any other file writes these
 * columns; stage-writer.property.int.test.ts checks the same in the database.
 */

export interface StageWrite {
  company: CompanyView;
  activity: ActivityView;
}

/** What a status change returns: the moved record and its status_change activity. */
export type StatusChangeResult = StageWrite;

export interface PipelineEntry {
  agencyId: string;
  globalCompany: { id: string; name: string };
  /** The agency's soft-deleted record of this company, locked in `trx`: following again restores it with its history. */
  previous: CompanyRow | undefined;
  ownerId: string;
  /** Who follows it. */
  userId: string;
  now: Date;
}

/**
 * Follow and re-follow (SPEC R2.3): creates the agency's record at the
 * pipeline's entry stage, or restores the soft-deleted one (same id, history
 * kept), and appends `company_tracked`.
 */
export async function enterPipeline(trx: Executor, entry: PipelineEntry): Promise<StageWrite> {
  // A restored record stays in its pipeline; a new one starts in the default (configurable pipelines will choose).
  const pipeline = entry.previous ? pipelineByKey(entry.previous.pipeline) : DEFAULT_PIPELINE;
  const decision = decidePipelineEntry(pipeline, entry.globalCompany.name, entry.previous?.client_status ?? null, entry.now);
  const stage = { client_status: decision.status, client_status_changed_at: decision.changedAt };
  const company = entry.previous
    ? await trx
        .updateTable('companies')
        .set({ ...stage, deleted_at: null, deleted_by: null, owner_id: entry.ownerId })
        .where('agency_id', '=', entry.agencyId)
        .where('id', '=', entry.previous.id)
        .returningAll()
        .executeTakeFirstOrThrow()
    : await trx
        .insertInto('companies')
        .values({
          ...stage,
          agency_id: entry.agencyId,
          global_company_id: entry.globalCompany.id,
          pipeline: pipeline.key,
          owner_id: entry.ownerId,
          created_by: entry.userId,
          created_at: entry.now,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
  const activity = await appendActivity(trx, {
    agencyId: entry.agencyId,
    companyId: company.id,
    type: decision.activity.activityType,
    userId: entry.userId,
    createdAt: entry.now,
    description: decision.activity.description,
    oldStatus: decision.activity.oldStatus,
    newStatus: decision.activity.newStatus,
    extraData: decision.activity.extraData,
  });
  return { company: toCompanyView(company), activity: toActivityView(activity) };
}

/**
 * Every other stage change (SPEC R2.2, R2.5), by a user or automatic
 * (`userId` null, e.g. the move after the first outreach). The company must
 * already be locked in `trx` (lockLiveCompany), and `now` read after the
 * lock, so timeline order equals lock order. The domain decides (or throws
 * the typed error); this persists the decision.
 */
export async function moveToStage(
  trx: Executor,
  company: CompanyRow,
  userId: string | null,
  command: StatusChangeCommand,
  now: Date,
): Promise<StatusChangeResult> {
  const decision = decideStatusChange(pipelineByKey(company.pipeline), company.client_status, command, now);
  const updated = await trx
    .updateTable('companies')
    .set({ client_status: decision.status, client_status_changed_at: decision.changedAt })
    .where('agency_id', '=', company.agency_id)
    .where('id', '=', company.id)
    .returningAll()
    .executeTakeFirstOrThrow();
  const activity = await appendActivity(trx, {
    agencyId: company.agency_id,
    companyId: company.id,
    type: decision.activity.activityType,
    userId,
    createdAt: now,
    description: decision.activity.description,
    oldStatus: decision.activity.oldStatus,
    newStatus: decision.activity.newStatus,
    extraData: decision.activity.extraData,
  });
  return { company: toCompanyView(updated), activity: toActivityView(activity) };
}
