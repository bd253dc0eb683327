import { notFound, validationError } from '../platform/errors.js';
import type { ActivityType } from './domain/activities.js';
import type { ActivityRow, CompanyRow } from './pipeline.tables.js';
import type { Executor } from '../platform/db/database.js';
import { afterAppend, timelineValues, type TimelineEntryInput } from './timeline-hook.js';

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

export interface ActivityInput extends TimelineEntryInput {
  companyId: string;
  type: ActivityType;
  /** The company as the change this entry records left it, when the writer has it (saves the rules a read). */
  company?: CompanyRow | undefined;
}

/** Appends one activity to a company's timeline, then runs the activity hook (the event's rules) in the same transaction. */
export async function appendActivity(trx: Executor, input: ActivityInput): Promise<ActivityRow> {
  const row = await trx
    .insertInto('client_company_activities')
    .values({ ...timelineValues(input), company_id: input.companyId })
    .returningAll()
    .executeTakeFirstOrThrow();
  await afterAppend(trx, { record: { kind: 'company', id: row.company_id, row: input.company }, entry: row });
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
