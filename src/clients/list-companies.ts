import { z } from 'zod';
import type { Actor } from '../identity/domain/index.js';
import type { Db } from '../platform/db/database.js';
import { authorize } from '../identity/index.js';
import { companySummaries, toCompanySummary, type CompanySummary } from '../pipeline/index.js';
import { systemClock, type Clock } from '../platform/clock.js';
import { cursor, cursorTimestamp, page } from '../platform/input/cursor.js';
import { id, optionalText, parseInput, plainString, wholeNumber } from '../platform/input/input.js';
import { escapeLike } from '../pipeline/index.js';

export const listCompaniesInput = z
  .object({
    /** Only companies in this stage. */
    status: plainString().trim().regex(/^[a-z_]{1,64}$/, { error: 'must be a stage key' }).optional(),
    /** Only companies this user owns. */
    ownerId: id.optional(),
    /** Part of the company name. */
    q: optionalText(200),
    limit: wholeNumber(1, 200).default(50),
    /** From the previous page's nextCursor. */
    cursor: cursor(z.tuple([cursorTimestamp, z.guid()])).optional(),
  })
  .strict();

export interface CompanyList {
  items: CompanySummary[];
  nextCursor: string | null;
}

/** The agency's live companies, most recently moved first, with keyset pagination; each with its stale verdict. */
export async function listCompanies(db: Db, actor: Actor, input: z.input<typeof listCompaniesInput> = {}, clock: Clock = systemClock): Promise<CompanyList> {
  authorize(actor, 'pipeline:read');
  const request = parseInput(listCompaniesInput, input);
  const now = clock();
  const rows = await companySummaries(db, actor.agencyId, now)
    .$if(request.status !== undefined, (qb) => qb.where('c.client_status', '=', request.status!))
    .$if(request.ownerId !== undefined, (qb) => qb.where('c.owner_id', '=', request.ownerId!))
    .$if(request.q !== undefined, (qb) => qb.where('g.name', 'ilike', `%${escapeLike(request.q!)}%`))
    .$if(request.cursor !== undefined, (qb) =>
      qb.where((eb) => eb(eb.refTuple('c.client_status_changed_at', 'c.id'), '<', eb.tuple(request.cursor![0], request.cursor![1]))),
    )
    .orderBy('c.client_status_changed_at', 'desc')
    .orderBy('c.id', 'desc')
    .limit(request.limit + 1)
    .execute();
  return page(rows.map((row) => toCompanySummary(row, now)), request.limit, (row) => [row.statusChangedAt.toISOString(), row.id]);
}
