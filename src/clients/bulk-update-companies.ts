import { z } from 'zod';
import type { Actor } from '../identity/domain/index.js';
import type { Db } from '../platform/db/database.js';
import { authorize } from '../identity/index.js';
import { systemClock, type Clock } from '../platform/clock.js';
import { isDomainError, validationError, type AnyDomainError } from '../platform/errors.js';
import { id, LIMITS, optionalText, parseInput, text } from '../platform/input/input.js';
import { localizeProblem, problemFor } from '../platform/http/problems.js';
import { assertAgencyUser, changeStatus, gateFields } from '../pipeline/index.js';
import type { bulkResultSchema } from './clients.schemas.js';
import { companyFilter } from './company-filter.js';
import { matchingIds } from './company-list-rows.js';
import { deleteCompany } from './delete-company.js';
import { updateCompany } from './update-company.js';
import { listLanguage } from './list-companies.js';

/** The most records one bulk run takes; a larger target is refused whole (400), never cut short. */
export const BULK_LIMIT = 5_000;

const action = z.discriminatedUnion(
  'type',
  [
    /** Move each record to this stage through the stage writer, its graph and its gates (the gate fields travel with every move). */
    z.object({ type: z.literal('stage'), stage: text(64), description: optionalText(LIMITS.description, { multiline: true }), ...gateFields }).strict(),
    /** Give each record this owner (a user of the agency), or none. */
    z.object({ type: z.literal('owner'), ownerId: id.nullable() }).strict(),
    /** Put each record in this branch (an active one of the agency), or in none. */
    z.object({ type: z.literal('branch'), branchId: id.nullable() }).strict(),
    z.object({ type: z.literal('favorite'), value: z.boolean({ error: 'must be true or false' }) }).strict(),
    /** New-job alerts on or off. */
    z.object({ type: z.literal('alerts'), value: z.boolean({ error: 'must be true or false' }) }).strict(),
    /** Stop following each record (a soft delete; its history stays). */
    z.object({ type: z.literal('unfollow') }).strict(),
  ],
  { error: 'must be an action: stage, owner, branch, favorite, alerts or unfollow' },
);

export const bulkUpdateCompaniesInput = z
  .object({
    /** The records: explicit ids, or every record that matches a filter of the companies page. */
    target: z.union(
      [
        z.object({ ids: z.array(id).min(1, { error: 'must not be empty' }).max(BULK_LIMIT, { error: `must list at most ${BULK_LIMIT}` }) }).strict(),
        z.object({ filter: companyFilter }).strict(),
      ],
      { error: 'must be { ids: […] } or { filter: {…} }' },
    ),
    action,
    /** The language of the refusals' messages; the route takes it from Accept-Language when left out. */
    language: listLanguage.default('en'),
  })
  .strict();

export type BulkResult = z.output<typeof bulkResultSchema>;
type Refusal = BulkResult['refused'][number];

/**
 * One action on many records (the companies page's bulk bar). Each record
 * goes through the one use case that changes it alone — changeStatus (the
 * stage writer and its gates), updateCompany, deleteCompany — in its own
 * transaction, so a record that is refused (a gate, the graph, another
 * agency's id: not found) leaves the others done. The reply counts what
 * changed and lists each refusal with its problem in the caller's language.
 */
export async function bulkUpdateCompanies(
  db: Db,
  actor: Actor,
  input: z.input<typeof bulkUpdateCompaniesInput>,
  clock: Clock = systemClock,
): Promise<BulkResult> {
  authorize(actor, 'companies:edit');
  const request = parseInput(bulkUpdateCompaniesInput, input);
  const { action } = request;
  if (action.type === 'owner' && action.ownerId !== null) await assertAgencyUser(db, actor.agencyId, action.ownerId, 'action.ownerId');
  const targets = await resolveTargets(db, actor, request.target, clock());

  const current = await db
    .selectFrom('companies as c')
    .innerJoin('global_companies as g', 'g.id', 'c.global_company_id')
    .select(['c.id', 'c.client_status as status', 'c.owner_id as ownerId', 'c.branch_id as branchId', 'c.favorited', 'c.new_jobs_notifications as alerts'])
    .where('c.agency_id', '=', actor.agencyId)
    .where('c.deleted_at', 'is', null)
    .where('c.id', 'in', targets.length > 0 ? targets.map((t) => t.id) : [ZERO_ID])
    .execute();
  const byId = new Map(current.map((row) => [row.id, row]));

  let changed = 0;
  let unchanged = 0;
  const refused: Refusal[] = [];
  for (const target of targets) {
    const record = byId.get(target.id);
    if (record && alreadyThere(action, record)) {
      unchanged += 1;
      continue;
    }
    try {
      await apply(db, actor, target.id, action, clock);
      changed += 1;
    } catch (error) {
      if (!isDomainError(error)) throw error;
      refused.push(refusal(target, error, request.language));
    }
  }
  return { action: action.type, targeted: targets.length, changed, unchanged, refused };
}

const ZERO_ID = '00000000-0000-0000-0000-000000000000';

type Action = z.output<typeof action>;

/** The records a target names: explicit ids as given (another agency's stay, to be refused as not found), or every match of the filter. */
async function resolveTargets(
  db: Db,
  actor: Actor,
  target: z.output<typeof bulkUpdateCompaniesInput>['target'],
  now: Date,
): Promise<{ id: string; name: string | null }[]> {
  if ('ids' in target) {
    const ids = [...new Set(target.ids)];
    const names = await db
      .selectFrom('companies as c')
      .innerJoin('global_companies as g', 'g.id', 'c.global_company_id')
      .select(['c.id', 'g.name'])
      .where('c.agency_id', '=', actor.agencyId)
      .where('c.id', 'in', ids)
      .execute();
    const nameOf = new Map(names.map((row) => [row.id, row.name]));
    return ids.map((one) => ({ id: one, name: nameOf.get(one) ?? null }));
  }
  const matches = await matchingIds(db, actor, target.filter, now, BULK_LIMIT + 1);
  if (matches.length > BULK_LIMIT) {
    throw validationError([{ path: 'target.filter', message: `matches more than ${BULK_LIMIT} records; narrow the filter` }]);
  }
  return matches;
}

/** A record the action would not change: counted as unchanged, not moved again (a move to its own stage is no move). */
function alreadyThere(action: Action, record: { status: string; ownerId: string | null; branchId: string | null; favorited: boolean; alerts: boolean }): boolean {
  switch (action.type) {
    case 'stage':
      return record.status === action.stage;
    case 'owner':
      return record.ownerId === action.ownerId;
    case 'branch':
      return record.branchId === action.branchId;
    case 'favorite':
      return record.favorited === action.value;
    case 'alerts':
      return record.alerts === action.value;
    case 'unfollow':
      return false;
  }
}

async function apply(db: Db, actor: Actor, companyId: string, action: Action, clock: Clock): Promise<void> {
  switch (action.type) {
    case 'stage': {
      const { type: _type, stage, ...gates } = action;
      await changeStatus(db, actor, { companyId, status: stage, ...gates }, clock);
      return;
    }
    case 'owner':
      await updateCompany(db, actor, { companyId, ownerId: action.ownerId }, clock);
      return;
    case 'branch':
      await updateCompany(db, actor, { companyId, branchId: action.branchId }, clock);
      return;
    case 'favorite':
      await updateCompany(db, actor, { companyId, favorited: action.value }, clock);
      return;
    case 'alerts':
      await updateCompany(db, actor, { companyId, newJobsNotifications: action.value }, clock);
      return;
    case 'unfollow':
      await deleteCompany(db, actor, { companyId }, clock);
      return;
  }
}

function refusal(target: { id: string; name: string | null }, error: AnyDomainError, language: 'nl' | 'en'): Refusal {
  const problem = localizeProblem(problemFor(error), language);
  return {
    id: target.id,
    name: target.name,
    problem: problem.type.replace('/problems/', ''),
    detail: problem.detail,
    ...(problem.missing ? { missing: problem.missing.map(({ items, ...gate }) => ({ ...gate, ...(items ? { items: [...items] } : {}) })) } : {}),
    ...(problem.allowed ? { allowed: [...problem.allowed] } : {}),
  };
}
