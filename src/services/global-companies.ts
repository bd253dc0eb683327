import { sql } from 'kysely';
import { z } from 'zod';
import { systemClock, type Clock } from '../domain/clock.js';
import { notFound } from '../domain/errors.js';
import type { Actor } from '../domain/roles.js';
import type { Db, Executor } from '../db/schema.js';
import { authorize } from './authorize.js';
import { cursor, page } from './cursor.js';
import { id, optionalText, parseInput } from './input.js';
import { escapeLike } from './repository.js';
import { toGlobalCompanyView, type GlobalCompanyView } from './views.js';

/** A shared company with what this agency and user know of it (SPEC R5.2). */
export interface GlobalCompanyResult extends GlobalCompanyView {
  /** Whether the agency follows it. */
  hasSaved: boolean;
  /** The agency's live company record, when it follows it. */
  companyId: string | null;
  /** When this user last opened it. */
  lastViewedAt: Date | null;
}

export const searchGlobalCompaniesInput = z
  .object({
    /** Part of the name. */
    q: optionalText(200),
    /** Exact industry, as the data source names it. */
    industry: optionalText(200),
    /** Part of the location. */
    location: optionalText(200),
    /** A skill asked for in one of its open jobs. */
    skill: optionalText(100),
    sort: z.enum(['name', 'newest']).default('name'),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    /** From the previous page's nextCursor (for the same sort). */
    cursor: cursor(z.tuple([z.string().max(400), z.guid()])).optional(),
  })
  .strict();

/** Searches the shared company records, each row marked saved or not for the agency. */
export async function searchGlobalCompanies(
  db: Db,
  actor: Actor,
  input: z.input<typeof searchGlobalCompaniesInput> = {},
): Promise<{ items: GlobalCompanyResult[]; nextCursor: string | null }> {
  authorize(actor, 'pipeline:read');
  const request = parseInput(searchGlobalCompaniesInput, input);
  // The sort key as text, so one cursor shape serves both orders.
  const sortKey = request.sort === 'name' ? sql<string>`lower(g.name)` : sql<string>`to_char(g.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US')`;
  const rows = await withAgencyFacts(db, actor)
    .select(sortKey.as('sort_key'))
    .$if(request.q !== undefined, (qb) => qb.where('g.name', 'ilike', `%${escapeLike(request.q!)}%`))
    .$if(request.industry !== undefined, (qb) => qb.where('g.industry', '=', request.industry!))
    .$if(request.location !== undefined, (qb) => qb.where('g.location', 'ilike', `%${escapeLike(request.location!)}%`))
    .$if(request.skill !== undefined, (qb) =>
      qb.where(({ exists, selectFrom }) =>
        exists(
          selectFrom('jobs as j')
            .select('j.id')
            .whereRef('j.global_company_id', '=', 'g.id')
            .where('j.closed_at', 'is', null)
            .where(sql<boolean>`lower(${request.skill!}) = any(select lower(s) from unnest(j.skills) s)`),
        ),
      ),
    )
    .$if(request.cursor !== undefined, (qb) =>
      qb.where((eb) =>
        eb(eb.tuple(sortKey, eb.ref('g.id')), request.sort === 'name' ? '>' : '<', eb.tuple(request.cursor![0], request.cursor![1])),
      ),
    )
    .orderBy(sortKey, request.sort === 'name' ? 'asc' : 'desc')
    .orderBy('g.id', request.sort === 'name' ? 'asc' : 'desc')
    .limit(request.limit + 1)
    .execute();
  const result = page(rows, request.limit, (row) => [row.sort_key, row.id]);
  return { items: result.items.map(toResult), nextCursor: result.nextCursor };
}

export const readGlobalCompanyInput = z.object({ globalCompanyId: id }).strict();

/**
 * One shared company; opening it records the view for this user (SPEC R1.7).
 * `lastViewedAt` is the view before this one.
 */
export async function readGlobalCompany(
  db: Db,
  actor: Actor,
  input: z.input<typeof readGlobalCompanyInput>,
  clock: Clock = systemClock,
): Promise<GlobalCompanyResult> {
  authorize(actor, 'pipeline:read');
  const request = parseInput(readGlobalCompanyInput, input);
  const row = await withAgencyFacts(db, actor).where('g.id', '=', request.globalCompanyId).executeTakeFirst();
  if (!row) throw notFound('GlobalCompany', request.globalCompanyId);
  const now = clock();
  await db
    .insertInto('global_company_views')
    .values({ agency_id: actor.agencyId, user_id: actor.userId, global_company_id: row.id, last_viewed_at: now })
    .onConflict((oc) => oc.columns(['agency_id', 'user_id', 'global_company_id']).doUpdateSet({ last_viewed_at: now }))
    .execute();
  return toResult(row);
}

/** Global companies joined with the agency's live company and the user's last view. */
function withAgencyFacts(db: Executor, actor: Actor) {
  return db
    .selectFrom('global_companies as g')
    .leftJoin('companies as c', (join) =>
      join.onRef('c.global_company_id', '=', 'g.id').on('c.agency_id', '=', actor.agencyId).on('c.deleted_at', 'is', null),
    )
    .leftJoin('global_company_views as v', (join) =>
      join.onRef('v.global_company_id', '=', 'g.id').on('v.agency_id', '=', actor.agencyId).on('v.user_id', '=', actor.userId),
    )
    .selectAll('g')
    .select(['c.id as company_id', 'v.last_viewed_at']);
}

function toResult(row: Parameters<typeof toGlobalCompanyView>[0] & { company_id: string | null; last_viewed_at: Date | null }): GlobalCompanyResult {
  return { ...toGlobalCompanyView(row), hasSaved: row.company_id !== null, companyId: row.company_id, lastViewedAt: row.last_viewed_at };
}
