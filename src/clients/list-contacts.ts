import { z } from 'zod';
import type { Actor } from '../identity/domain/index.js';
import type { Db } from '../platform/db/database.js';
import { authorize } from '../identity/index.js';
import { cursor, page } from '../platform/input/cursor.js';
import { LIMITS, id, parseInput, text, wholeNumber } from '../platform/input/input.js';
import { findLiveCompany } from '../pipeline/index.js';
import { toContactView, type ContactView } from './contact-view.js';

export const listContactsInput = z
  .object({
    companyId: id,
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

export interface ContactList {
  items: ContactView[];
  nextCursor: string | null;
}

/** The contacts of one of the agency's companies, by name, with keyset pagination. */
export async function listContacts(db: Db, actor: Actor, input: z.input<typeof listContactsInput>): Promise<ContactList> {
  authorize(actor, 'companies:view');
  const request = parseInput(listContactsInput, input);
  const company = await findLiveCompany(db, actor.agencyId, request.companyId);
  const rows = await db
    .selectFrom('contacts')
    .selectAll()
    .where('agency_id', '=', actor.agencyId)
    .where('company_id', '=', company.id)
    .$if(request.cursor !== undefined, (qb) => qb.where((eb) => eb(eb.refTuple('name', 'id'), '>', eb.tuple(request.cursor![0], request.cursor![1]))))
    .orderBy('name')
    .orderBy('id')
    .limit(request.limit + 1)
    .execute();
  const result = page(rows, request.limit, (row) => [row.name, row.id]);
  return { items: result.items.map(toContactView), nextCursor: result.nextCursor };
}
