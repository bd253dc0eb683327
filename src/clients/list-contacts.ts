import { z } from 'zod';
import type { Actor } from '../identity/domain/index.js';
import type { Db } from '../platform/db/database.js';
import { authorize } from '../identity/index.js';
import { id, parseInput } from '../platform/input/input.js';
import { findLiveCompany } from '../pipeline/index.js';
import { toContactView, type ContactView } from './contact-view.js';

export const listContactsInput = z.object({ companyId: id }).strict();

/** The contacts of one of the agency's companies, by name. */
export async function listContacts(db: Db, actor: Actor, input: z.input<typeof listContactsInput>): Promise<ContactView[]> {
  authorize(actor, 'pipeline:read');
  const request = parseInput(listContactsInput, input);
  const company = await findLiveCompany(db, actor.agencyId, request.companyId);
  const rows = await db
    .selectFrom('contacts')
    .selectAll()
    .where('agency_id', '=', actor.agencyId)
    .where('company_id', '=', company.id)
    .orderBy('name')
    .execute();
  return rows.map(toContactView);
}
