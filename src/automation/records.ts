import type { Executor } from '../platform/db/database.js';
import type { PipelineKind } from '../pipeline/domain/index.js';
import type { TimelineRecordRow } from '../pipeline/index.js';
import type { RecordFacts, RecordKind } from './domain/index.js';

/*
 * The record abstraction rules act through (SPEC R4.6: every pipeline kind).
 * Each record kind registers one adapter: how to read its facts, move its
 * stage (through its stage writer), write its timeline, give it a task and
 * find its idle records. Companies register theirs in company-adapter.ts;
 * a dossier kind (lead, opportunity) registers its own and every rule,
 * group and job works for it with no other change.
 */

export interface RuleRef {
  id: string;
  name: string;
}

export interface TimelineEntry {
  type: 'group_added' | 'group_removed' | 'automation_action';
  description: string;
  extraData: Record<string, unknown>;
  /** Null when a rule did it. */
  userId: string | null;
}

export interface RecordAdapter {
  kind: RecordKind;
  pipelineKind: PipelineKind;
  /** The live record's facts, or null when the agency has no such live record. */
  facts(trx: Executor, agencyId: string, id: string): Promise<RecordFacts | null>;
  /** The facts of the record as its writer just left it (the row the hook was given), or null when the row is not one of this kind's. */
  factsOf(row: TimelineRecordRow): RecordFacts | null;
  /** Moves the record through its stage writer as the rule's automatic move; a move the graph or a gate refuses is not made and says why. */
  moveStage(trx: Executor, agencyId: string, id: string, stage: string, rule: RuleRef, now: Date): Promise<{ moved: boolean; refusal?: string }>;
  /** Appends an entry to the record's timeline (which fires the rules its event matches). */
  appendEntry(trx: Executor, agencyId: string, id: string, entry: TimelineEntry, now: Date): Promise<void>;
  /** Gives `userId` a task on the record. */
  createTask(trx: Executor, agencyId: string, id: string, task: { userId: string; dueAt: Date; note: string; createdBy: string }, now: Date): Promise<void>;
  /**
   * Live records of the agency (in `pipelineId` when given) with nothing on
   * their timeline since `before`, after `afterId` in id order, with the
   * moment of their last entry: the moment their wait started.
   */
  idleRecords(db: Executor, agencyId: string, pipelineId: string | null, before: Date, afterId: string, limit: number): Promise<{ id: string; lastModifiedAt: Date }[]>;
}

const adapters = new Map<RecordKind, RecordAdapter>();

/** Registers a record kind's adapter (at module load of the adapter). */
export function registerRecordKind(adapter: RecordAdapter): void {
  adapters.set(adapter.kind, adapter);
}

/** The adapter of a record kind, if one is registered. */
export function recordAdapter(kind: RecordKind): RecordAdapter | undefined {
  return adapters.get(kind);
}

/** The adapters of a pipeline kind (companies for clients, leads for leads …). */
export function adaptersOfPipelineKind(kind: PipelineKind): RecordAdapter[] {
  return [...adapters.values()].filter((adapter) => adapter.pipelineKind === kind);
}

/** Every registered adapter. */
export function recordAdapters(): RecordAdapter[] {
  return [...adapters.values()];
}
