import { z } from 'zod';
import type { Actor } from '../identity/domain/index.js';
import { authorize } from '../identity/index.js';
import type { Db } from '../platform/db/database.js';
import { notFound } from '../platform/errors.js';
import { id, parseInput } from '../platform/input/input.js';
import { can } from '../identity/domain/index.js';
import { dossierPermission } from './domain/index.js';
import { dossierKind } from './dossier-input.js';
import type { wizardSuggestionsSchema } from './dossiers.schemas.js';

export const suggestDossierStartInput = z
  .object({
    kind: dossierKind,
    /** Started from a company page. */
    companyId: id.optional(),
    /** Started from a contact (People, a company page), or the contact chosen in step 2. */
    contactId: id.optional(),
    /** Started from a vacancy. */
    vacancyId: id.optional(),
  })
  .strict();

export type WizardSuggestions = z.output<typeof wizardSuggestionsSchema>;

/**
 * The creation wizard's suggestions (SPEC R4.4). Step 1, the client: the
 * company the wizard was started from, the contact's company or the
 * vacancy's client (the user may take another, or none). Step 2, the
 * contact: the client's contacts, the one started from marked suggested.
 * Step 3: the dossiers of that contact the user may copy (or start anew).
 * The dossier is then made by POST /api/dossiers (copyFromId for a copy).
 */
export async function suggestDossierStart(db: Db, actor: Actor, input: z.input<typeof suggestDossierStartInput>): Promise<WizardSuggestions> {
  const request = parseInput(suggestDossierStartInput, input);
  // Suggestions are a read: whoever may see the kind may ask; creating it is checked on POST /api/dossiers.
  authorize(actor, dossierPermission(request.kind, 'view'));
  const clients: WizardSuggestions['clients'] = [];
  const addClient = async (companyId: string | null, reason: 'company' | 'contact' | 'vacancy') => {
    if (!companyId || clients.some((client) => client.id === companyId)) return;
    const company = await db
      .selectFrom('companies as c')
      .innerJoin('global_companies as g', 'g.id', 'c.global_company_id')
      .select(['c.id', 'g.name'])
      .where('c.agency_id', '=', actor.agencyId)
      .where('c.id', '=', companyId)
      .where('c.deleted_at', 'is', null)
      .executeTakeFirst();
    if (company) clients.push({ ...company, reason });
  };

  if (request.companyId) {
    await addClient(request.companyId, 'company');
    if (clients.length === 0) throw notFound('Company', request.companyId);
  }
  let contact: { id: string; company_id: string } | undefined;
  if (request.contactId) {
    contact = await db.selectFrom('contacts').select(['id', 'company_id']).where('agency_id', '=', actor.agencyId).where('id', '=', request.contactId).executeTakeFirst();
    if (!contact) throw notFound('Contact', request.contactId);
    await addClient(contact.company_id, 'contact');
  }
  if (request.vacancyId) {
    const vacancy = await db.selectFrom('vacancies').select('company_id').where('agency_id', '=', actor.agencyId).where('id', '=', request.vacancyId).where('deleted_at', 'is', null).executeTakeFirst();
    if (!vacancy) throw notFound('Vacancy', request.vacancyId);
    await addClient(vacancy.company_id, 'vacancy');
  }

  const client = clients[0]?.id;
  const contacts = client
    ? await db.selectFrom('contacts').select(['id', 'name', 'title']).where('agency_id', '=', actor.agencyId).where('company_id', '=', client).orderBy('name').orderBy('id').limit(200).execute()
    : [];
  const viewable = (['lead', 'opportunity'] as const).filter((kind) => can(actor, dossierPermission(kind, 'view')));
  const copyFrom =
    contact && viewable.length > 0
      ? await db
          .selectFrom('dossier_contacts as l')
          .innerJoin('dossiers as d', (join) => join.onRef('d.agency_id', '=', 'l.agency_id').onRef('d.id', '=', 'l.dossier_id'))
          .select(['d.id', 'd.kind', 'd.title', 'd.stage'])
          .where('l.agency_id', '=', actor.agencyId)
          .where('l.contact_id', '=', contact.id)
          .where('d.deleted_at', 'is', null)
          .where('d.kind', 'in', viewable)
          .orderBy('d.created_at', 'desc')
          .orderBy('d.id', 'desc')
          .limit(50)
          .execute()
      : [];
  return {
    clients,
    contacts: contacts.map((row) => ({ ...row, suggested: row.id === contact?.id })),
    copyFrom,
  };
}
