import { sql } from 'kysely';
import { z } from 'zod';
import type { Actor } from '../identity/domain/index.js';
import type { Db } from '../platform/db/database.js';
import { authorize } from '../identity/index.js';
import { cursor, page } from '../platform/input/cursor.js';
import { LIMITS, optionalText, parseInput, text, wholeNumber } from '../platform/input/input.js';
import { foldedContains } from '../pipeline/index.js';
import type { agencyContactSchema } from './clients.schemas.js';
import { toContactView } from './contact-view.js';

export const searchContactsInput = z
  .object({
    /** Words of a name, e-mail address, job title or company name; case- and accent-insensitive; every word must match one of them. */
    q: optionalText(LIMITS.name),
    limit: wholeNumber(1, 200).default(50),
    /** From the previous page's nextCursor. */
    cursor: cursor(
      z.tuple([
        // A name as contacts store it; a control character (a NUL) the database would refuse is not one.
        text(LIMITS.name).regex(/^[^\p{Cc}]*$/u),
        z.guid(),
      ]),
    ).optional(),
  })
  .strict();

export type AgencyContact = z.output<typeof agencyContactSchema>;

export interface AgencyContactPage {
  items: AgencyContact[];
  nextCursor: string | null;
  /** On the first page (no cursor): how many contacts match in all; null on later pages. */
  total: number | null;
}

/** At most this many words of the search count; more only narrow what a person typed further. */
const MAX_WORDS = 8;

/**
 * The people of the agency: every contact of its followed companies (an
 * unfollowed company's contacts wait with it), by name with keyset
 * pagination, each with its company and when that company's timeline last
 * moved. The search folds case and accents on both sides.
 */
export async function searchContacts(db: Db, actor: Actor, input: z.input<typeof searchContactsInput>): Promise<AgencyContactPage> {
  authorize(actor, 'companies:view');
  const request = parseInput(searchContactsInput, input);
  const words = (request.q ?? '').split(/\s+/).filter(Boolean).slice(0, MAX_WORDS);
  const matching = db
    .selectFrom('contacts as ct')
    .innerJoin('companies as c', (join) => join.onRef('c.agency_id', '=', 'ct.agency_id').onRef('c.id', '=', 'ct.company_id'))
    .innerJoin('global_companies as g', 'g.id', 'c.global_company_id')
    .where('ct.agency_id', '=', actor.agencyId)
    .where('c.deleted_at', 'is', null)
    .where((eb) =>
      eb.and(words.map((word) => eb.or([foldedContains(eb.ref('ct.name'), word), foldedContains(eb.ref('ct.email'), word), foldedContains(eb.ref('ct.title'), word), foldedContains(eb.ref('g.name'), word)]))),
    );
  const [rows, total] = await Promise.all([
    matching
      .selectAll('ct')
      .select('g.name as company_name')
      .select(
        sql<Date | null>`(select max(a.created_at) from client_company_activities a where a.agency_id = ct.agency_id and a.company_id = ct.company_id)`.as('last_activity_at'),
      )
      .$if(request.cursor !== undefined, (qb) => qb.where((eb) => eb(eb.refTuple('ct.name', 'ct.id'), '>', eb.tuple(request.cursor![0], request.cursor![1]))))
      .orderBy('ct.name')
      .orderBy('ct.id')
      .limit(request.limit + 1)
      .execute(),
    request.cursor === undefined ? matching.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow() : undefined,
  ]);
  const result = page(rows, request.limit, (row) => [row.name, row.id]);
  return {
    items: result.items.map((row) => ({
      ...toContactView(row),
      company: { id: row.company_id, name: row.company_name },
      lastActivityAt: row.last_activity_at === null ? null : new Date(row.last_activity_at),
    })),
    nextCursor: result.nextCursor,
    total: total === undefined ? null : Number(total.n),
  };
}
