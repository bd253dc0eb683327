import { sql } from 'kysely';
import type { Selectable } from 'kysely';
import type { Database, Executor } from '../platform/db/database.js';

type CompanyRow = Selectable<Database['companies']>;
import { fold, type ImportSource, type PlannedCompany } from './domain/index.js';

/** What the import does with a planned company. */
export type CompanyAction =
  /** A new shared company, followed and placed. */
  | 'create'
  /** A shared company there is already (same website, LinkedIn page, or name and place), followed and placed. */
  | 'link'
  /** The agency follows it already: its stage and owner stay; new contacts and notes are added. */
  | 'existing'
  /** Imported before (same source key): nothing but contacts and notes not imported yet. */
  | 'skip';

export interface ResolvedCompany {
  planned: PlannedCompany;
  action: CompanyAction;
  key: string;
  globalCompanyId: string | null;
  /** The agency's record: live for `existing` and `skip`; a soft-deleted one a `link` restores; none for `create`. */
  record: CompanyRow | undefined;
  /** Contacts and notes still to add, with their source keys. */
  contacts: (PlannedCompany['contacts'][number] & { sourceKey: string })[];
  notes: (PlannedCompany['notes'][number] & { sourceKey: string })[];
}

/** The keys by which a re-run finds what an import did, per agency and source. */
export const sourceKey = {
  company: (source: ImportSource, key: string) => `company:${source}:${key}`,
  contact: (source: ImportSource, key: string) => `contact:${source}:${key}`,
  note: (source: ImportSource, key: string) => `note:${source}:${key}`,
};

const any = (values: readonly string[]) => sql<string>`any(${[...values]}::text[])`;

/**
 * Finds, for each planned company, what the agency and the shared data hold
 * already, in a few set-based reads: the source keys of earlier imports,
 * shared companies by website domain, LinkedIn page or name (with the
 * place, when both name one), the agency's records of them (live or
 * soft-deleted) and their contacts. Run inside the import's transaction, so
 * what it finds is what the writes then act on.
 */
export async function resolveCompanies(db: Executor, agencyId: string, source: ImportSource, companies: readonly PlannedCompany[]): Promise<ResolvedCompany[]> {
  if (companies.length === 0) return [];
  const keys = companies.flatMap((c) => [sourceKey.company(source, c.key), ...c.contacts.map((p) => sourceKey.contact(source, p.key)), ...c.notes.map((n) => sourceKey.note(source, n.key))]);
  const known = new Map(
    (await db.selectFrom('client_import_keys').select(['key', 'company_id']).where('agency_id', '=', agencyId).where('key', '=', any(keys)).execute()).map((row) => [row.key, row.company_id]),
  );
  const domains = companies.flatMap((c) => (c.website ? [c.website] : []));
  const linkedins = companies.flatMap((c) => (c.linkedin ? [c.linkedin] : []));
  const names = companies.map((c) => c.name.toLowerCase());
  const shared = await db
    .selectFrom('global_companies')
    .select(['id', 'name', 'website_domain', 'linkedin_url', 'location', 'created_at'])
    .where((eb) =>
      eb.or([
        ...(domains.length > 0 ? [eb('website_domain', '=', any(domains))] : []),
        ...(linkedins.length > 0 ? [eb('linkedin_url', '=', any(linkedins))] : []),
        eb(sql`lower(name)`, '=', any(names)),
      ]),
    )
    .orderBy('created_at')
    .execute();
  const byDomain = new Map(shared.filter((g) => g.website_domain).map((g) => [g.website_domain!, g.id]));
  const byLinkedin = new Map(shared.filter((g) => g.linkedin_url).map((g) => [g.linkedin_url!, g.id]));
  const byName = new Map<string, typeof shared>();
  for (const g of shared) byName.set(g.name.toLowerCase(), [...(byName.get(g.name.toLowerCase()) ?? []), g]);

  const recordIds = [...new Set(known.values())];
  const globalIds = [...new Set([...byDomain.values(), ...byLinkedin.values(), ...shared.map((g) => g.id)])];
  const records = await db
    .selectFrom('companies')
    .selectAll()
    .where('agency_id', '=', agencyId)
    .where((eb) => eb.or([eb('id', '=', sql<string>`any(${recordIds}::uuid[])`), eb('global_company_id', '=', sql<string>`any(${globalIds}::uuid[])`)]))
    .orderBy('deleted_at', (ob) => ob.desc().nullsFirst())
    .execute();
  const recordById = new Map(records.map((r) => [r.id, r]));
  // The live record first, else the latest soft-deleted one (the ordering above).
  const recordOfGlobal = new Map<string, CompanyRow>();
  for (const record of records) if (!recordOfGlobal.has(record.global_company_id)) recordOfGlobal.set(record.global_company_id, record);
  const liveIds = records.filter((r) => r.deleted_at === null).map((r) => r.id);
  const contacts = liveIds.length === 0 ? [] : await db
    .selectFrom('contacts')
    .select(['company_id', 'name', 'email'])
    .where('agency_id', '=', agencyId)
    .where('company_id', '=', sql<string>`any(${liveIds}::uuid[])`)
    .execute();

  return companies.map((planned) => {
    const key = sourceKey.company(source, planned.key);
    const importedRecord = known.has(key) ? recordById.get(known.get(key)!) : undefined;
    let action: CompanyAction;
    let globalCompanyId: string | null = null;
    let record: CompanyRow | undefined;
    if (importedRecord) {
      action = 'skip';
      record = importedRecord;
      globalCompanyId = importedRecord.global_company_id;
    } else {
      globalCompanyId = (planned.website ? byDomain.get(planned.website) : undefined) ?? (planned.linkedin ? byLinkedin.get(planned.linkedin) : undefined) ?? sameNameAndPlace(planned, byName.get(planned.name.toLowerCase()) ?? []) ?? null;
      record = globalCompanyId ? recordOfGlobal.get(globalCompanyId) : undefined;
      action = !globalCompanyId ? 'create' : record && record.deleted_at === null ? 'existing' : 'link';
    }
    const live = record && record.deleted_at === null ? record : undefined;
    const has = contacts.filter((c) => c.company_id === live?.id);
    return {
      planned,
      action,
      key,
      globalCompanyId,
      record,
      // A record imported before and unfollowed since takes nothing more.
      contacts: action === 'skip' && !live ? [] : planned.contacts
        .map((contact) => ({ ...contact, sourceKey: sourceKey.contact(source, contact.key) }))
        .filter((contact) => !known.has(contact.sourceKey) && !has.some((c) => (contact.email ? c.email?.toLowerCase() === contact.email : fold(c.name) === fold(contact.name)))),
      notes: action === 'skip' && !live ? [] : planned.notes.map((note) => ({ ...note, sourceKey: sourceKey.note(source, note.key) })).filter((note) => !known.has(note.sourceKey)),
    };
  });
}

/** A shared company of the same name: the only one, or the one in the same place when the file names a place. */
function sameNameAndPlace(planned: PlannedCompany, candidates: readonly { id: string; location: string | null }[]): string | undefined {
  if (candidates.length === 0) return undefined;
  const place = planned.city ? fold(planned.city) : null;
  if (place) {
    const here = candidates.find((c) => c.location && fold(c.location).includes(place));
    if (here) return here.id;
    return candidates.length === 1 && !candidates[0]!.location ? candidates[0]!.id : undefined;
  }
  return candidates.length === 1 ? candidates[0]!.id : undefined;
}
