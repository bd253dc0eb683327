import type { Selectable } from 'kysely';
import type { Database, Executor } from '../platform/db/database.js';

/*
 * The one seam between a record's timeline and what runs after every entry
 * appended to it, in the same transaction: the automation slice's
 * event-driven rules (docs/automation.md), which the composition root
 * (server, CLI) installs at startup. The pipeline slice cannot import
 * automation (no cycles), so the seam is this one hook, shared by both
 * timelines: a company's (appendActivity) and a lead's or opportunity's
 * (appendDossierActivity). Since every path that writes a timeline entry
 * comes through one of the two (HTTP, CLI, jobs, imports), every path gets it.
 */

/** The record kinds that have a timeline (automation's RecordKind). */
export type TimelineRecordKind = 'company' | 'lead' | 'opportunity';

/** The columns both timelines share (client_company_activities and dossier_activities), as read back. */
export interface TimelineRow {
  agency_id: string;
  id: string;
  activity_type: string;
  old_status: string | null;
  new_status: string | null;
  extra_data: Record<string, unknown>;
  user_id: string | null;
  pipeline_id: string | null;
  pipeline_version: number | null;
  created_at: Date;
}

/** A record as its writer left it: a company's row, or a lead's or opportunity's. */
export type TimelineRecordRow = Selectable<Database['companies']> | Selectable<Database['dossiers']>;

/**
 * What the hook is told: whose timeline (kind null when a dossier's writer
 * did not say which kind), the appended entry and, when the writer has it
 * (the stage writer does), the record as this change left it, so the
 * rules' conditions need not read it again.
 */
export interface AppendedEntry {
  record: { kind: TimelineRecordKind | null; id: string; row?: TimelineRecordRow | undefined };
  entry: TimelineRow;
}

export type ActivityHook = (trx: Executor, appended: AppendedEntry) => Promise<void>;

let activityHook: ActivityHook | null = null;

/** Installs (or, with null, removes) the hook that runs after every appended timeline entry. */
export function setActivityHook(hook: ActivityHook | null): void {
  activityHook = hook;
}

/** Runs the installed hook, if any, on an entry just appended in `trx`. */
export async function afterAppend(trx: Executor, appended: AppendedEntry): Promise<void> {
  if (activityHook) await activityHook(trx, appended);
}

/** The input both timelines take for an entry. */
export interface TimelineEntryInput {
  agencyId: string;
  type: string;
  /** Null for changes the system makes on its own. */
  userId: string | null;
  createdAt: Date;
  description?: string | null | undefined;
  oldStatus?: string | null | undefined;
  newStatus?: string | null | undefined;
  extraData?: Record<string, unknown> | undefined;
  /** For stage activities: the pipeline and version the move was decided under. */
  pipeline?: { id: string; version: number } | undefined;
}

/** The columns of a new entry on either timeline (the record's own id column is the caller's). */
export function timelineValues(input: TimelineEntryInput) {
  return {
    agency_id: input.agencyId,
    activity_type: input.type,
    user_id: input.userId,
    created_at: input.createdAt,
    description: input.description ?? null,
    old_status: input.oldStatus ?? null,
    new_status: input.newStatus ?? null,
    extra_data: JSON.stringify(input.extraData ?? {}),
    pipeline_id: input.pipeline?.id ?? null,
    pipeline_version: input.pipeline?.version ?? null,
  };
}
