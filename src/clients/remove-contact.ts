import { z } from 'zod';
import { systemClock, type Clock } from '../platform/clock.js';
import type { Actor } from '../identity/domain/index.js';
import type { Db } from '../platform/db/database.js';
import { authorize } from '../identity/index.js';
import { id, parseInput } from '../platform/input/input.js';
import { appendActivity, toActivityView, type ActivityView } from '../pipeline/index.js';
import { publishCompanyChange } from '../platform/events/company-changes.js';
import { lockContact } from './find-contact.js';

export const removeContactInput = z.object({ contactId: id }).strict();

/**
 * Removes a contact: the row is deleted (the contacts table holds who can be
 * reached now), and the company's timeline gets a NEW `contact_removed`
 * entry naming them, so the history still says who they were; earlier
 * entries about them stay. A decision maker removed can be added again.
 */
export async function removeContact(db: Db, actor: Actor, input: z.input<typeof removeContactInput>, clock: Clock = systemClock): Promise<ActivityView> {
  authorize(actor, 'companies:edit');
  const request = parseInput(removeContactInput, input);
  const { activity, companyId } = await db.transaction().execute(async (trx) => {
    const { contact, company } = await lockContact(trx, actor.agencyId, request.contactId);
    await trx.deleteFrom('contacts').where('agency_id', '=', actor.agencyId).where('id', '=', contact.id).execute();
    const row = await appendActivity(trx, {
      agencyId: actor.agencyId,
      companyId: company.id,
      type: 'contact_removed',
      userId: actor.userId,
      createdAt: clock(),
      description: contact.title ? `${contact.name} (${contact.title})` : contact.name,
      extraData: { contactId: contact.id, name: contact.name, title: contact.title, decisionMakerId: contact.decision_maker_id },
    });
    return { activity: toActivityView(row), companyId: company.id };
  });
  publishCompanyChange({ agencyId: actor.agencyId, companyId, kind: 'contact_removed' });
  return activity;
}
