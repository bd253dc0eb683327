import { z } from 'zod';
import { systemClock, type Clock } from '../platform/clock.js';
import { normalizeLinkedinUrl } from '../discovery/domain/index.js';
import type { Actor } from '../identity/domain/index.js';
import type { Db } from '../platform/db/database.js';
import { authorize } from '../identity/index.js';
import { LIMITS, id, optionalText, parseInput, plainString, text } from '../platform/input/input.js';
import { appendActivity, lockLiveCompany, assertDecisionMakerOf } from '../pipeline/index.js';
import { publishCompanyChange } from '../platform/events/company-changes.js';
import { toActivityView, type ActivityView } from '../pipeline/index.js';
import { toContactView, type ContactView } from './contact-view.js';

export const addContactInput = z
  .object({
    companyId: id,
    name: text(LIMITS.name),
    /** Job title, e.g. HR Director. */
    title: optionalText(LIMITS.name),
    email: z.email({ error: 'must be an e-mail address' }).max(LIMITS.email).optional(),
    phone: plainString()
      .trim()
      .regex(/^\+?[0-9 ()./-]{6,}$/, { error: 'must be a phone number' })
      .max(LIMITS.phone)
      .optional(),
    linkedinUrl: plainString()
      .max(LIMITS.url, { error: `must be at most ${LIMITS.url} characters` })
      .transform((url, ctx) => {
        const normalized = normalizeLinkedinUrl(url);
        if (!normalized) ctx.addIssue({ code: 'custom', message: 'must be a LinkedIn profile URL' });
        return normalized ?? z.NEVER;
      })
      .optional(),
    /** The shared decision maker this contact is, if any. */
    decisionMakerId: id.optional(),
  })
  .strict();

export interface AddContactResult {
  contact: ContactView;
  activity: ActivityView;
}

/** Adds a contact with its details to a company and notes it on the timeline. */
export async function addContact(
  db: Db,
  actor: Actor,
  input: z.input<typeof addContactInput>,
  clock: Clock = systemClock,
): Promise<AddContactResult> {
  authorize(actor, 'pipeline:write');
  const request = parseInput(addContactInput, input);
  const result = await db.transaction().execute(async (trx) => {
    // Locked, so a contact never lands on a company being deleted at that moment.
    const company = await lockLiveCompany(trx, actor.agencyId, request.companyId);
    if (request.decisionMakerId) await assertDecisionMakerOf(trx, company.global_company_id, request.decisionMakerId);
    const now = clock();
    const contact = await trx
      .insertInto('contacts')
      .values({
        agency_id: actor.agencyId,
        company_id: company.id,
        name: request.name,
        title: request.title ?? null,
        email: request.email?.toLowerCase() ?? null,
        phone: request.phone ?? null,
        linkedin_url: request.linkedinUrl ?? null,
        decision_maker_id: request.decisionMakerId ?? null,
        created_by: actor.userId,
        created_at: now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    const details = (['email', 'phone', 'linkedinUrl'] as const).filter((key) => contact[columnOf[key]] !== null);
    const activity = await appendActivity(trx, {
      agencyId: actor.agencyId,
      companyId: company.id,
      type: 'contact_detail_added',
      userId: actor.userId,
      createdAt: now,
      description: request.title ? `${request.name} (${request.title})` : request.name,
      extraData: { contactId: contact.id, details },
    });
    return { contact: toContactView(contact), activity: toActivityView(activity) };
  });
  publishCompanyChange({ agencyId: actor.agencyId, companyId: request.companyId, kind: 'contact_added' });
  return result;
}

const columnOf = { email: 'email', phone: 'phone', linkedinUrl: 'linkedin_url' } as const;
