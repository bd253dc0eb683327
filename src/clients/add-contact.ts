import { z } from 'zod';
import { systemClock, type Clock } from '../platform/clock.js';
import { conflict, notFound, validationError } from '../platform/errors.js';
import type { Actor } from '../identity/domain/index.js';
import type { Db, Executor } from '../platform/db/database.js';
import { authorize } from '../identity/index.js';
import { LIMITS, id, optionalText, parseInput, text } from '../platform/input/input.js';
import { appendActivity, lockLiveCompany } from '../pipeline/index.js';
import { publishCompanyChange } from '../platform/events/company-changes.js';
import { toActivityView, type ActivityView } from '../pipeline/index.js';
import { toContactView, type ContactView } from './contact-view.js';
import { contactEmail, contactLinkedin, contactPhone } from './contact-fields.js';

export const addContactInput = z
  .object({
    companyId: id,
    /** Required, unless decisionMakerId is given: left out, the decision maker's name, title and LinkedIn are taken (one click). */
    name: text(LIMITS.name).optional(),
    /** Job title, e.g. HR Director. */
    title: optionalText(LIMITS.name),
    email: contactEmail.optional(),
    phone: contactPhone.optional(),
    linkedinUrl: contactLinkedin.optional(),
    /** The shared decision maker of this company this contact is: one click turns a ranked decision maker into a contact. */
    decisionMakerId: id.optional(),
  })
  .strict();

export interface AddContactResult {
  contact: ContactView;
  activity: ActivityView;
}

/**
 * Adds a contact with its details to a company and notes it on the
 * timeline. From a decision maker alone (no name), what the shared data
 * knows of them (name, title, LinkedIn) fills the contact, and a decision
 * maker who already is a contact of the company (or whose LinkedIn profile
 * one has) is refused as CONFLICT.
 */
export async function addContact(
  db: Db,
  actor: Actor,
  input: z.input<typeof addContactInput>,
  clock: Clock = systemClock,
): Promise<AddContactResult> {
  authorize(actor, 'companies:edit');
  const request = parseInput(addContactInput, input);
  if (request.name === undefined && request.decisionMakerId === undefined) throw validationError([{ path: 'name', message: 'must not be empty' }]);
  const result = await db.transaction().execute(async (trx) => {
    // Locked, so a contact never lands on a company being deleted at that moment, and two clicks on one decision maker add one contact.
    const company = await lockLiveCompany(trx, actor.agencyId, request.companyId);
    const person = request.decisionMakerId ? await decisionMakerOf(trx, company.global_company_id, request.decisionMakerId) : undefined;
    // One click sends only the decision maker: what the shared data knows of them fills the contact.
    const copied = request.name === undefined ? person : undefined;
    const name = request.name ?? person!.name;
    const linkedinUrl = request.linkedinUrl ?? copied?.linkedin_url ?? null;
    if (request.decisionMakerId) await refuseDuplicate(trx, actor.agencyId, company.id, request.decisionMakerId, linkedinUrl, name);
    const title = request.title ?? copied?.title ?? null;
    const now = clock();
    const contact = await trx
      .insertInto('contacts')
      .values({
        agency_id: actor.agencyId,
        company_id: company.id,
        name,
        title,
        email: request.email?.toLowerCase() ?? null,
        phone: request.phone ?? null,
        linkedin_url: linkedinUrl,
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
      description: title ? `${name} (${title})` : name,
      extraData: { contactId: contact.id, details, ...(request.decisionMakerId ? { decisionMakerId: request.decisionMakerId } : {}) },
    });
    return { contact: toContactView(contact), activity: toActivityView(activity) };
  });
  publishCompanyChange({ agencyId: actor.agencyId, companyId: request.companyId, kind: 'contact_added' });
  return result;
}

const columnOf = { email: 'email', phone: 'phone', linkedinUrl: 'linkedin_url' } as const;

/** The decision maker, if they belong to the company's shared company (else NOT_FOUND). */
async function decisionMakerOf(trx: Executor, globalCompanyId: string, decisionMakerId: string) {
  const person = await trx
    .selectFrom('decision_makers')
    .select(['name', 'title', 'linkedin_url'])
    .where('id', '=', decisionMakerId)
    .where('global_company_id', '=', globalCompanyId)
    .executeTakeFirst();
  if (!person) throw notFound('DecisionMaker', decisionMakerId);
  return person;
}

/** A decision maker is a contact of a company at most once: by their id, or by a contact with their LinkedIn profile. */
async function refuseDuplicate(trx: Executor, agencyId: string, companyId: string, decisionMakerId: string, linkedinUrl: string | null, name: string) {
  const existing = await trx
    .selectFrom('contacts')
    .select('id')
    .where('agency_id', '=', agencyId)
    .where('company_id', '=', companyId)
    .where((eb) => eb.or([eb('decision_maker_id', '=', decisionMakerId), ...(linkedinUrl ? [eb('linkedin_url', '=', linkedinUrl)] : [])]))
    .executeTakeFirst();
  if (existing) throw conflict(`${name} is already a contact of this company.`);
}
