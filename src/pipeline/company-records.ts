import { notFound, validationError } from '../platform/errors.js';
import type { ActivityType } from './domain/activities.js';
import type { ActivityRow, CompanyRow } from './pipeline.tables.js';
import type { Executor } from '../platform/db/database.js';

/*
 * Data access shared by the use cases. Every function takes the agency id
 * and filters on it: a record of another agency is simply not found.
 */

/** The agency's live company, locked for the rest of the transaction. */
export async function lockLiveCompany(trx: Executor, agencyId: string, companyId: string): Promise<CompanyRow> {
  const company = await trx
    .selectFrom('companies')
    .selectAll()
    .where('agency_id', '=', agencyId)
    .where('id', '=', companyId)
    .where('deleted_at', 'is', null)
    .forUpdate()
    .executeTakeFirst();
  if (!company) throw notFound('Company', companyId);
  return company;
}

/** The agency's live company, without a lock. */
export async function findLiveCompany(db: Executor, agencyId: string, companyId: string): Promise<CompanyRow> {
  const company = await db
    .selectFrom('companies')
    .selectAll()
    .where('agency_id', '=', agencyId)
    .where('id', '=', companyId)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  if (!company) throw notFound('Company', companyId);
  return company;
}

export interface ActivityInput {
  agencyId: string;
  companyId: string;
  type: ActivityType;
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

/**
 * What runs after every appended activity, in the same transaction: the
 * automation slice's event-driven rules (docs/automation.md), which the
 * composition root (server, CLI) installs at startup. The pipeline slice
 * cannot import automation (no cycles), so the seam is this one hook, and
 * since every path that writes a timeline entry comes through
 * appendActivity (HTTP, CLI, jobs, imports), every path gets it.
 */
export type ActivityHook = (trx: Executor, activity: ActivityRow) => Promise<void>;

let activityHook: ActivityHook | null = null;

/** Installs (or, with null, removes) the hook that runs after every appended activity. */
export function setActivityHook(hook: ActivityHook | null): void {
  activityHook = hook;
}

/** Appends one activity to a company's timeline, then runs the activity hook (the event's rules) in the same transaction. */
export async function appendActivity(trx: Executor, input: ActivityInput): Promise<ActivityRow> {
  const row = await trx
    .insertInto('client_company_activities')
    .values({
      agency_id: input.agencyId,
      company_id: input.companyId,
      activity_type: input.type,
      user_id: input.userId,
      created_at: input.createdAt,
      description: input.description ?? null,
      old_status: input.oldStatus ?? null,
      new_status: input.newStatus ?? null,
      extra_data: JSON.stringify(input.extraData ?? {}),
      pipeline_id: input.pipeline?.id ?? null,
      pipeline_version: input.pipeline?.version ?? null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  if (activityHook) await activityHook(trx, row);
  return row;
}

/**
 * Checks a user about to be given something (a record to own, a reminder):
 * NOT_FOUND unless they belong to the agency; VALIDATION on `path` when
 * they are deactivated, since a deactivated colleague can take on nothing
 * new (their existing records keep them as owner).
 */
export async function assertAgencyUser(db: Executor, agencyId: string, userId: string, path: string): Promise<void> {
  const user = await db
    .selectFrom('users')
    .select('deactivated_at')
    .where('agency_id', '=', agencyId)
    .where('id', '=', userId)
    .executeTakeFirst();
  if (!user) throw notFound('User', userId);
  if (user.deactivated_at !== null) throw validationError([{ path, message: 'is a deactivated user; choose an active colleague' }]);
}

/** Throws NOT_FOUND unless the decision maker belongs to the global company. */
export async function assertDecisionMakerOf(db: Executor, globalCompanyId: string, decisionMakerId: string): Promise<void> {
  const decisionMaker = await db
    .selectFrom('decision_makers')
    .select('id')
    .where('id', '=', decisionMakerId)
    .where('global_company_id', '=', globalCompanyId)
    .executeTakeFirst();
  if (!decisionMaker) throw notFound('DecisionMaker', decisionMakerId);
}

/** Escapes LIKE wildcards so user text matches literally. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
