import {
  decideImportedEntry,
  decidePipelineChange,
  decidePipelineEntry,
  decideStatusChange,
  type GateInput,
  type ImportedPlacement,
  type Pipeline,
  type PipelineChangeDecision,
  type StatusChangeCommand,
  type StatusChangeDecision,
} from './domain/index.js';
import type { ActivityRow, CompanyRow } from './pipeline.tables.js';
import type { Executor } from '../platform/db/database.js';
import { isDomainError, validationError } from '../platform/errors.js';
import { appendActivity, type ActivityInput } from './company-records.js';
import { defaultPipeline, loadPipeline } from './pipeline-store.js';
import { toActivityView, toCompanyView, type ActivityView, type CompanyView } from './views.js';
import { appendDossierActivity, type DossierActivityRecord, type DossierRecord, type NewDossier } from './dossier-records.js';

/*
 * The one stage writer (docs/architecture.md, "Rules that keep the data
 * honest"): the only code that writes companies.client_status and
 * client_status_changed_at (and the pipeline a record is in), and a
 * dossier's (lead's, opportunity's) stage, stage_changed_at, pipeline_id
 * and resume_at. Each write
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
  const pipeline = await enterablePipeline(trx, entry.agencyId, entry.pipelineId ?? entry.previous?.pipeline_id, 'clients', 'companies follow a clients pipeline');
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
  const activity = await companyStages(company).append(trx, timelineEntry(decision.activity, entry.userId, entry.now, pipeline), company);
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
  return companyWrite(await writeDecision(trx, companyStages(company), userId, pipeline, decision, now));
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
  return companyWrite(await writeDecision(trx, companyStages(company), userId, to, decision, now));
}

/** A decided stage: what the record's stage columns get (the pipeline it is in, for a record that can change pipelines). */
interface DecidedStage {
  pipelineId: string;
  status: string;
  changedAt: Date;
  /** The record's field values after the move (JSON). */
  fields: string;
  resumeAt: string | null;
}

/** The activity a stage decision asks to record (entry, import, move, pipeline change). */
type StageActivity = (StatusChangeDecision | PipelineChangeDecision | ReturnType<typeof decidePipelineEntry> | ReturnType<typeof decideImportedEntry>)['activity'];

/** A timeline entry that records a stage write, for either timeline (a dossier's first is `created`): an activity, less whose record it is. */
type StageEntry<Type extends string = StageActivity['activityType']> = Omit<ActivityInput, 'agencyId' | 'companyId' | 'type'> & { type: Type };

/**
 * Where a record's stage lives: a company's in companies and its
 * timeline, a dossier's in dossiers and its own timeline. The decisions,
 * gates, overrides and entries are the same for both; only these writes
 * differ.
 */
interface StageTable<Row, Entry, Type extends string = StageActivity['activityType']> {
  setStage(trx: Executor, stage: DecidedStage): Promise<Row>;
  /** Appends the entry that records the write; `row` is the record as the write left it (the rules' conditions read it instead of the table). */
  append(trx: Executor, entry: StageEntry<Type>, row: Row): Promise<Entry>;
}

const companyStages = (company: { agency_id: string; id: string }): StageTable<CompanyRow, ActivityRow> => ({
  setStage: (trx, stage) =>
    trx
      .updateTable('companies')
      .set({ pipeline_id: stage.pipelineId, client_status: stage.status, client_status_changed_at: stage.changedAt, field_values: stage.fields, resume_at: stage.resumeAt })
      .where('agency_id', '=', company.agency_id)
      .where('id', '=', company.id)
      .returningAll()
      .executeTakeFirstOrThrow(),
  append: (trx, entry, row) => appendActivity(trx, { ...entry, agencyId: company.agency_id, companyId: company.id, company: row }),
});

// A dossier does not change pipelines (no decidePipelineChange for dossiers): its pipeline_id is left as it is.
const dossierStages = (dossier: { agency_id: string; id: string; kind: 'lead' | 'opportunity' }): StageTable<DossierRecord, DossierActivityRecord, StageActivity['activityType'] | 'created'> => ({
  setStage: (trx, stage) =>
    trx
      .updateTable('dossiers')
      .set({ stage: stage.status, stage_changed_at: stage.changedAt, field_values: stage.fields, resume_at: stage.resumeAt })
      .where('agency_id', '=', dossier.agency_id)
      .where('id', '=', dossier.id)
      .returningAll()
      .executeTakeFirstOrThrow(),
  append: (trx, entry, row) => appendDossierActivity(trx, { ...entry, agencyId: dossier.agency_id, dossierId: dossier.id, kind: dossier.kind, dossier: row }),
});

/** The timeline entry of a decision's activity, by `userId` (null: automatic) at `now`, under the pipeline's version. */
function timelineEntry(activity: StageActivity, userId: string | null, now: Date, pipeline: Pipeline): StageEntry {
  return {
    type: activity.activityType,
    userId,
    createdAt: now,
    description: activity.description,
    oldStatus: activity.oldStatus,
    newStatus: activity.newStatus,
    extraData: activity.extraData,
    pipeline,
  };
}

/** Persists a move the domain decided: the record's stage columns, then the entry that records it, with the same stage and moment. */
async function writeDecision<Row, Entry>(
  trx: Executor,
  table: StageTable<Row, Entry>,
  userId: string | null,
  pipeline: Pipeline,
  decision: StatusChangeDecision | PipelineChangeDecision,
  now: Date,
): Promise<{ row: Row; activity: Entry }> {
  const row = await table.setStage(trx, { pipelineId: pipeline.id, status: decision.status, changedAt: decision.changedAt, fields: JSON.stringify(decision.fields), resumeAt: decision.resumeAt });
  const activity = await table.append(trx, timelineEntry(decision.activity, userId, now, pipeline), row);
  return { row, activity };
}

const companyWrite = ({ row, activity }: { row: CompanyRow; activity: ActivityRow }): StageWrite => ({ company: toCompanyView(row), activity: toActivityView(activity) });

/**
 * The pipeline a new record enters: the chosen one (locked against edits
 * while the record enters it) or the agency's default of `kind`; an
 * archived one, or one of another kind (`wrongKind` says which is meant),
 * is a VALIDATION error on pipelineId.
 */
async function enterablePipeline(trx: Executor, agencyId: string, chosen: string | undefined, kind: Pipeline['kind'], wrongKind: string): Promise<Pipeline> {
  const pipeline = chosen ? await loadPipeline(trx, agencyId, chosen, { lockAgainstEdits: true }) : await defaultPipeline(trx, agencyId, kind);
  if (pipeline.archived || pipeline.kind !== kind) throw validationError([{ path: 'pipelineId', message: pipeline.archived ? 'the pipeline is archived' : wrongKind }]);
  return pipeline;
}

/**
 * For automatic moves (outreach, jobs closed, triggers): a move the graph
 * or a gate refuses is not made, and the caller goes on with the refusal
 * (its code and words, for the firing log); any other error still fails
 * the transaction. (A refusal is decided before anything is written, so
 * the transaction stays usable.)
 */
export async function unlessRefused<T>(move: Promise<T>): Promise<{ moved: T; refusal?: undefined } | { moved: null; refusal: string }> {
  try {
    return { moved: await move };
  } catch (error) {
    if (isDomainError(error) && (error.code === 'INVALID_TRANSITION' || error.code === 'GATES_REQUIRED' || error.code === 'LOSS_REASON_REQUIRED')) return { moved: null, refusal: `${error.code}: ${error.message}` };
    throw error;
  }
}

/** A lead's or opportunity's stage write: the dossier and the timeline entry that records it. */
export interface DossierStageWrite {
  dossier: DossierRecord;
  activity: DossierActivityRecord;
}

const DOSSIER_PIPELINE_KIND = { lead: 'leads', opportunity: 'opportunities' } as const;

export interface DossierEntry {
  agencyId: string;
  kind: 'lead' | 'opportunity';
  /** The pipeline to enter (of the dossier's kind); the agency's default of that kind when not given. */
  pipelineId?: string | undefined;
  /** The dossier's own columns (title, client, owner, converted_from_id …). */
  values: NewDossier;
  userId: string;
  now: Date;
  /** What the `created` entry says (e.g. that it was converted from a lead). */
  extraData?: Record<string, unknown> | undefined;
}

/**
 * Creates a lead or an opportunity at the entry stage of its pipeline
 * (decidePipelineEntry, as a followed company), and appends `created`.
 */
export async function enterDossierPipeline(trx: Executor, entry: DossierEntry): Promise<DossierStageWrite> {
  const kind = DOSSIER_PIPELINE_KIND[entry.kind];
  const pipeline = await enterablePipeline(trx, entry.agencyId, entry.pipelineId, kind, `a ${entry.kind} enters a ${kind} pipeline`);
  const decision = decidePipelineEntry(pipeline, entry.values.title, null, entry.now);
  const dossier = await trx
    .insertInto('dossiers')
    .values({
      ...entry.values,
      agency_id: entry.agencyId,
      kind: entry.kind,
      pipeline_id: pipeline.id,
      stage: decision.status,
      stage_changed_at: decision.changedAt,
      created_by: entry.userId,
      created_at: entry.now,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  // A dossier's first entry is `created` (its timeline's word for company_tracked), with the title and what the caller adds.
  const activity = await dossierStages(dossier).append(trx, {
    ...timelineEntry(decision.activity, entry.userId, entry.now, pipeline),
    type: 'created',
    description: entry.values.title,
    oldStatus: null,
    extraData: { ...decision.activity.extraData, ...entry.extraData },
  }, dossier);
  return { dossier, activity };
}

/**
 * Every stage change of a lead or opportunity, checked against its
 * pipeline's graph and gates (decideStatusChange, overrides included) as
 * a company's is. The dossier must be locked in `trx` (lockLiveDossier).
 */
export async function moveDossierToStage(trx: Executor, dossier: DossierRecord, userId: string | null, command: StatusChangeCommand, now: Date): Promise<DossierStageWrite> {
  const pipeline = await loadPipeline(trx, dossier.agency_id, dossier.pipeline_id, { lockAgainstEdits: true });
  const decision = decideStatusChange(pipeline, { status: dossier.stage, fields: dossier.field_values }, command, now);
  const { row, activity } = await writeDecision(trx, dossierStages(dossier), userId, pipeline, decision, now);
  return { dossier: row, activity };
}
