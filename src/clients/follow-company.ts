import { z } from 'zod';
import { isUniqueViolation } from '../platform/db/unique-violation.js';
import { systemClock, type Clock } from '../platform/clock.js';
import { conflict, notFound } from '../platform/errors.js';
import type { Actor } from '../identity/domain/index.js';
import type { Db, Executor } from '../platform/db/database.js';
import { authorize } from '../identity/index.js';
import { id, parseInput } from '../platform/input/input.js';
import { assertAgencyUser, defaultPipeline, enterPipeline } from '../pipeline/index.js';
import { publishCompanyChange } from '../platform/events/company-changes.js';
import type { ActivityView, CompanyView } from '../pipeline/index.js';

export const followCompanyInput = z
  .object({
    /** The shared company record to follow. */
    globalCompanyId: id,
    /** Who owns the relationship; the follower when absent. */
    ownerId: id.optional(),
    /** The agency's live clients pipeline to enter; its default pipeline when absent (a company followed again: the one it was in). */
    pipelineId: id.optional(),
  })
  .strict();

export type FollowCompanyInput = z.input<typeof followCompanyInput>;

export interface FollowResult {
  company: CompanyView;
  activity: ActivityView;
  /** True when a soft-deleted company was brought back with its history. */
  restored: boolean;
}

/**
 * Starts following a company (SPEC R2.3, generalised to configurable
 * pipelines): the agency's record enters the entry stage of the chosen
 * pipeline (another agency's is NOT_FOUND, an archived one or one of another
 * kind a VALIDATION error), by default the agency's default pipeline, and
 * its timeline opens with `company_tracked` (both written by the stage
 * writer, enterPipeline).
 * Following a company the agency already follows is a CONFLICT naming the
 * existing record; a soft-deleted one is restored with its history, in
 * the pipeline it was in (or the default one, when that was archived since).
 */
export async function followCompany(
  db: Db,
  actor: Actor,
  input: FollowCompanyInput,
  clock: Clock = systemClock,
): Promise<FollowResult> {
  authorize(actor, 'companies:create');
  const request = parseInput(followCompanyInput, input);
  const ownerId = request.ownerId ?? actor.userId;
  try {
    const result = await db.transaction().execute(async (trx) => {
      const global = await trx
        .selectFrom('global_companies')
        .select(['id', 'name'])
        .where('id', '=', request.globalCompanyId)
        .executeTakeFirst();
      if (!global) throw notFound('GlobalCompany', request.globalCompanyId);
      if (request.ownerId) await assertAgencyUser(trx, actor.agencyId, request.ownerId, 'ownerId');

      const existing = await trx
        .selectFrom('companies')
        .selectAll()
        .where('agency_id', '=', actor.agencyId)
        .where('global_company_id', '=', global.id)
        .orderBy('deleted_at', (ob) => ob.desc().nullsFirst())
        .limit(1)
        .forUpdate()
        .executeTakeFirst();
      if (existing && existing.deleted_at === null) throw alreadyFollowed(global.name, existing.id);

      // Followed again, it returns to the pipeline it was in (enterPipeline's default), unless that one was archived since.
      const retired = !request.pipelineId && existing !== undefined && (await isArchived(trx, actor.agencyId, existing.pipeline_id));
      const entered = await enterPipeline(trx, {
        agencyId: actor.agencyId,
        globalCompany: global,
        previous: existing,
        pipelineId: retired ? (await defaultPipeline(trx, actor.agencyId)).id : request.pipelineId,
        ownerId,
        userId: actor.userId,
        now: clock(),
      });
      return { ...entered, restored: Boolean(existing) };
    });
    publishCompanyChange({ agencyId: actor.agencyId, companyId: result.company.id, kind: 'followed' });
    return result;
  } catch (error) {
    // Two colleagues following at the same moment: the unique index decides.
    if (isUniqueViolation(error, 'companies_live_key')) {
      const winner = await db
        .selectFrom('companies')
        .select('id')
        .where('agency_id', '=', actor.agencyId)
        .where('global_company_id', '=', request.globalCompanyId)
        .where('deleted_at', 'is', null)
        .executeTakeFirstOrThrow();
      throw alreadyFollowed('This company', winner.id);
    }
    throw error;
  }
}

/** Whether the agency's pipeline is archived: a company followed again then starts over in the default pipeline, not the retired one. */
async function isArchived(trx: Executor, agencyId: string, pipelineId: string): Promise<boolean> {
  const row = await trx.selectFrom('pipelines').select('archived_at').where('agency_id', '=', agencyId).where('id', '=', pipelineId).executeTakeFirst();
  return row?.archived_at != null;
}

function alreadyFollowed(name: string, existingCompanyId: string) {
  return conflict(`${name} is already followed by your agency.`, { existingCompanyId });
}
