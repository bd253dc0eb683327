import { notFound } from '../platform/errors.js';
import type { Executor } from '../platform/db/database.js';
import { lockLiveCompany } from '../pipeline/index.js';
import type { ContactRow } from './clients.tables.js';

type LiveCompany = Awaited<ReturnType<typeof lockLiveCompany>>;

/**
 * One of the agency's contacts, locked with its company for a change: the
 * company first, as adding a contact locks it, so an edit, a removal and an
 * add on one company queue behind each other. A contact of an unfollowed
 * company, of another agency, or removed meanwhile is NOT_FOUND.
 */
export async function lockContact(trx: Executor, agencyId: string, contactId: string): Promise<{ contact: ContactRow; company: LiveCompany }> {
  const found = await trx
    .selectFrom('contacts as ct')
    .innerJoin('companies as c', (join) => join.onRef('c.agency_id', '=', 'ct.agency_id').onRef('c.id', '=', 'ct.company_id'))
    .select('ct.company_id')
    .where('ct.agency_id', '=', agencyId)
    .where('ct.id', '=', contactId)
    .where('c.deleted_at', 'is', null)
    .executeTakeFirst();
  if (!found) throw notFound('Contact', contactId);
  // Unfollowed since the read above: its contacts are out of reach like the company (NOT_FOUND Company).
  const company = await lockLiveCompany(trx, agencyId, found.company_id);
  const contact = await trx
    .selectFrom('contacts')
    .selectAll()
    .where('agency_id', '=', agencyId)
    .where('id', '=', contactId)
    .where('company_id', '=', company.id)
    .forUpdate()
    .executeTakeFirst();
  if (!contact) throw notFound('Contact', contactId);
  return { contact, company };
}
