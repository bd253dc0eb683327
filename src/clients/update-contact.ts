import { z } from 'zod';
import { systemClock, type Clock } from '../platform/clock.js';
import { validationError } from '../platform/errors.js';
import type { Actor } from '../identity/domain/index.js';
import type { Db } from '../platform/db/database.js';
import { authorize } from '../identity/index.js';
import { LIMITS, id, parseInput, text } from '../platform/input/input.js';
import { appendActivity, toActivityView, type ActivityView } from '../pipeline/index.js';
import { publishCompanyChange } from '../platform/events/company-changes.js';
import { toContactView, type ContactView } from './contact-view.js';
import { clearableTitle, contactEmail, contactLinkedin, contactPhone } from './contact-fields.js';
import { lockContact } from './find-contact.js';

export const updateContactInput = z
  .object({
    contactId: id,
    name: text(LIMITS.name).optional(),
    /** Job title; null or blank clears it. */
    title: clearableTitle.optional(),
    /** null clears it. */
    email: contactEmail.nullable().optional(),
    /** null clears it. */
    phone: contactPhone.nullable().optional(),
    /** null clears it. */
    linkedinUrl: contactLinkedin.nullable().optional(),
  })
  .strict();

export interface UpdateContactResult {
  contact: ContactView;
  /** The `contact_updated` timeline entry; null when nothing sent differed from what was stored. */
  activity: ActivityView | null;
}

const COLUMNS = { name: 'name', title: 'title', email: 'email', phone: 'phone', linkedinUrl: 'linkedin_url' } as const;
type Field = keyof typeof COLUMNS;

/**
 * Edits a contact's name, title, e-mail, phone or LinkedIn. The contact row
 * holds the current details; the company's timeline gets a NEW
 * `contact_updated` entry with each changed field's from and to (earlier
 * entries stay as they were: activities are append-only).
 */
export async function updateContact(db: Db, actor: Actor, input: z.input<typeof updateContactInput>, clock: Clock = systemClock): Promise<UpdateContactResult> {
  authorize(actor, 'companies:edit');
  const { contactId, ...sent } = parseInput(updateContactInput, input);
  if (Object.values(sent).every((value) => value === undefined)) {
    throw validationError([{ path: '', message: 'nothing to change: give name, title, email, phone or linkedinUrl' }]);
  }
  const result = await db.transaction().execute(async (trx) => {
    const { contact, company } = await lockContact(trx, actor.agencyId, contactId);
    const wanted: Partial<Record<Field, string | null>> = { ...sent, ...(sent.email ? { email: sent.email.toLowerCase() } : {}) };
    const changes: Partial<Record<Field, { from: string | null; to: string | null }>> = {};
    for (const field of Object.keys(COLUMNS) as Field[]) {
      const to = wanted[field];
      if (to !== undefined && to !== contact[COLUMNS[field]]) changes[field] = { from: contact[COLUMNS[field]], to };
    }
    if (Object.keys(changes).length === 0) return { contact: toContactView(contact), activity: null };
    const updated = await trx
      .updateTable('contacts')
      .set(Object.fromEntries(Object.entries(changes).map(([field, change]) => [COLUMNS[field as Field], change.to])))
      .where('agency_id', '=', actor.agencyId)
      .where('id', '=', contact.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    const activity = await appendActivity(trx, {
      agencyId: actor.agencyId,
      companyId: company.id,
      type: 'contact_updated',
      userId: actor.userId,
      createdAt: clock(),
      description: updated.name,
      extraData: { contactId: contact.id, changes },
    });
    return { contact: toContactView(updated), activity: toActivityView(activity) };
  });
  if (result.activity) publishCompanyChange({ agencyId: actor.agencyId, companyId: result.contact.companyId, kind: 'contact_updated' });
  return result;
}
