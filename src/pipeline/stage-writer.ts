import {
  decideImportedEntry,
  decidePipelineChange,
  decidePipelineEntry,
  decideStatusChange,
  type GateInput,
  type ImportedPlacement,
  type Pipeline,
  type StatusChangeCommand,
} from './domain/index.js';
import type { CompanyRow } from './pipeline.tables.js';
import type { Executor } from '../platform/db/database.js';
import { isDomainError, validationError } from '../platform/errors.js';
import { appendActivity } from './company-records.js';
import { defaultPipeline, loadPipeline } from './pipeline-store.js';
import { toActivityView, toCompanyView, type ActivityView, type CompanyView } from './views.js';

/*
 * The one stage writer (docs/architecture.md, "Rules that keep the data
 * honest"): the only code that writes companies.client_status and
 * client_status_changed_at (and the pipeline a record is in). Each write
 * appends the activity that records it (company_tracked, imported,
 * status_change or pipeline_changed) with the same stage and moment and the pipeline
 * version it was decided under, in the caller's transaction, so the stage
 * always equals the timeline's latest status entry. stage-writer.test.ts
 * fails when any other file writes these columns;
 * stage-writer.property.int.test.ts checks the same in the database.
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
  /** The pipeline to enter; by default the one a restored record was in, else the agency's default. */
  pipelineId?: string | undefined;
  /** Null only for an imported record whose owner is no user of the agency. */
  ownerId: string | null;
  /** Who follows it. */
  userId: string;
  now: Date;
  /**
   * A migration import's placement: the record enters this stage (not the
   * entry stage) with an `imported` entry instead of `company_tracked`
   * (decideImportedEntry: no gate but the loss reason).
   */
  imported?: ImportedPlacement | undefined;
}

/**
 * Follow and re-follow (SPEC R2.3): creates the agency's record at the
 * entry stage of the chosen pipeline (by default the agency's default
 * pipeline), or restores the soft-deleted one (same id, history kept), and
 * appends `company_tracked` — or, for a migration import (`imported`), at
 * the imported stage with an `imported` entry.
 */
export async function enterPipeline(trx: Executor, entry: PipelineEntry): Promise<StageWrite> {
  const chosen = entry.pipelineId ?? entry.previous?.pipeline_id;
  const pipeline = chosen ? await loadPipeline(trx, entry.agencyId, chosen, { lockAgainstEdits: true }) : await defaultPipeline(trx, entry.agencyId);
  if (pipeline.archived || pipeline.kind !== 'clients') {
    throw validationError([{ path: 'pipelineId', message: pipeline.archived ? 'the pipeline is archived' : 'companies follow a clients pipeline' }]);
  }
  const previousStatus = entry.previous?.client_status ?? null;
  const decision = entry.imported
    ? decideImportedEntry(pipeline, entry.imported, previousStatus, entry.now)
    : decidePipelineEntry(pipeline, entry.globalCompany.name, previousStatus, entry.now);
  const stage = { pipeline_id: pipeline.id, client_status: decision.status, client_status_changed_at: decision.changedAt, resume_at: null };
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
    pipeline,
  });
  return { company: toCompanyView(company), activity: toActivityView(activity) };
}

/**
 * Every other stage change (SPEC R2.2, R2.5), by a user or automatic
 * (`userId` null, e.g. the move after the first outreach), checked against
 * the pipeline's graph and gates at its current version. The company must
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
  const pipeline = await loadPipeline(trx, company.agency_id, company.pipeline_id, { lockAgainstEdits: true });
  const decision = decideStatusChange(pipeline, { status: company.client_status, fields: company.field_values }, command, now);
  return write(trx, company, userId, pipeline, decision, now);
}

/**
 * Moves a record to a stage of another pipeline (an explicit action with a
 * stage mapping), recorded as `pipeline_changed`. The company must be
 * locked in `trx`.
 */
export async function moveToPipeline(
  trx: Executor,
  company: CompanyRow,
  userId: string | null,
  command: { pipelineId: string; stage: string; gates?: GateInput | undefined; description?: string | undefined },
  now: Date,
): Promise<StageWrite> {
  const from = await loadPipeline(trx, company.agency_id, company.pipeline_id, { lockAgainstEdits: true });
  const to = await loadPipeline(trx, company.agency_id, command.pipelineId, { lockAgainstEdits: true });
  const decision = decidePipelineChange(from, to, { status: company.client_status, fields: company.field_values }, command, now);
  return write(trx, company, userId, to, decision, now);
}

async function write(
  trx: Executor,
  company: CompanyRow,
  userId: string | null,
  pipeline: Pipeline,
  decision: ReturnType<typeof decideStatusChange> | ReturnType<typeof decidePipelineChange>,
  now: Date,
): Promise<StageWrite> {
  const updated = await trx
    .updateTable('companies')
    .set({
      pipeline_id: pipeline.id,
      client_status: decision.status,
      client_status_changed_at: decision.changedAt,
      field_values: JSON.stringify(decision.fields),
      resume_at: decision.resumeAt,
    })
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
    pipeline,
  });
  return { company: toCompanyView(updated), activity: toActivityView(activity) };
}

/**
 * For automatic moves (outreach, jobs closed, triggers): a move the graph
 * or a gate refuses is not made, and the caller goes on; any other error
 * still fails the transaction.
 */
export function unlessGateRefused(error: unknown): null {
  if (isDomainError(error) && (error.code === 'INVALID_TRANSITION' || error.code === 'GATES_REQUIRED' || error.code === 'LOSS_REASON_REQUIRED')) return null;
  throw error;
}
