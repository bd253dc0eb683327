import type { Executor } from '../platform/db/database.js';
import { conflict, notFound } from '../platform/errors.js';
import { isUniqueViolation } from '../platform/db/unique-violation.js';
import { appendDossierActivity, type DossierRecord } from '../pipeline/index.js';

/*
 * What a dossier points at (client, branch, contacts and their roles,
 * vacancies), checked to be the agency's own, and the links written with
 * their timeline entries. Another agency's record is NOT_FOUND.
 */

/** The agency's live company record, or NOT_FOUND. */
export async function assertCompany(db: Executor, agencyId: string, companyId: string): Promise<void> {
  const row = await db.selectFrom('companies').select('id').where('agency_id', '=', agencyId).where('id', '=', companyId).where('deleted_at', 'is', null).executeTakeFirst();
  if (!row) throw notFound('Company', companyId);
}

export async function assertBranch(db: Executor, agencyId: string, branchId: string): Promise<void> {
  const row = await db.selectFrom('branches').select('id').where('agency_id', '=', agencyId).where('id', '=', branchId).executeTakeFirst();
  if (!row) throw notFound('Branch', branchId);
}

/**
 * What the timeline calls a client and a branch when a dossier moves from
 * one to another: their names then (a company unfollowed or a branch
 * archived since is still named).
 */
export async function refNames(db: Executor, agencyId: string, ref: 'company' | 'branch', ids: (string | null)[]): Promise<(string | null)[]> {
  const wanted = ids.filter((id): id is string => id !== null);
  if (wanted.length === 0) return ids.map(() => null);
  const rows =
    ref === 'company'
      ? await db.selectFrom('companies as c').innerJoin('global_companies as g', 'g.id', 'c.global_company_id').select(['c.id', 'g.name']).where('c.agency_id', '=', agencyId).where('c.id', 'in', wanted).execute()
      : await db.selectFrom('branches').select(['id', 'name']).where('agency_id', '=', agencyId).where('id', 'in', wanted).execute();
  const names = new Map(rows.map((row) => [row.id, row.name]));
  return ids.map((id) => (id === null ? null : (names.get(id) ?? null)));
}

export async function findContact(db: Executor, agencyId: string, contactId: string): Promise<{ id: string; name: string; company_id: string }> {
  const row = await db.selectFrom('contacts').select(['id', 'name', 'company_id']).where('agency_id', '=', agencyId).where('id', '=', contactId).executeTakeFirst();
  if (!row) throw notFound('Contact', contactId);
  return row;
}

export async function findRole(db: Executor, agencyId: string, roleId: string): Promise<{ id: string; name_nl: string; name_en: string }> {
  const row = await db.selectFrom('dossier_contact_roles').select(['id', 'name_nl', 'name_en']).where('agency_id', '=', agencyId).where('id', '=', roleId).executeTakeFirst();
  if (!row) throw notFound('ContactRole', roleId);
  return row;
}

/** The agency's live vacancy, locked (its links change), or NOT_FOUND. */
export async function lockVacancy(trx: Executor, agencyId: string, vacancyId: string): Promise<{ id: string; title: string }> {
  const row = await trx
    .selectFrom('vacancies')
    .select(['id', 'title'])
    .where('agency_id', '=', agencyId)
    .where('id', '=', vacancyId)
    .where('deleted_at', 'is', null)
    .forUpdate()
    .executeTakeFirst();
  if (!row) throw notFound('Vacancy', vacancyId);
  return row;
}

/** Links a contact with a role (CONFLICT when already linked) and records it on the dossier's timeline. */
export async function linkContact(trx: Executor, dossier: DossierRecord, link: { contactId: string; roleId: string }, userId: string, now: Date): Promise<void> {
  const contact = await findContact(trx, dossier.agency_id, link.contactId);
  const role = await findRole(trx, dossier.agency_id, link.roleId);
  const inserted = await trx
    .insertInto('dossier_contacts')
    .values({ agency_id: dossier.agency_id, dossier_id: dossier.id, contact_id: contact.id, role_id: role.id, created_by: userId, created_at: now })
    .onConflict((oc) => oc.columns(['agency_id', 'dossier_id', 'contact_id']).doNothing())
    .returning('contact_id')
    .executeTakeFirst();
  if (!inserted) throw conflict(`${contact.name} is already linked to this dossier.`);
  await appendDossierActivity(trx, {
    agencyId: dossier.agency_id,
    dossierId: dossier.id,
    type: 'contact_linked',
    userId,
    createdAt: now,
    description: contact.name,
    extraData: { contactId: contact.id, roleId: role.id, role: { nl: role.name_nl, en: role.name_en } },
  });
}

/**
 * Links a vacancy to a dossier of its kind. The database allows one lead
 * and one opportunity per vacancy (vacancy_dossiers_one_per_kind_key):
 * a second one is a CONFLICT, whoever got there first.
 */
export async function linkVacancy(trx: Executor, dossier: DossierRecord, vacancyId: string, userId: string, now: Date): Promise<void> {
  const vacancy = await lockVacancy(trx, dossier.agency_id, vacancyId);
  try {
    await trx
      .insertInto('vacancy_dossiers')
      .values({ agency_id: dossier.agency_id, vacancy_id: vacancy.id, dossier_id: dossier.id, kind: dossier.kind, created_at: now })
      .execute();
  } catch (error) {
    if (isUniqueViolation(error, 'vacancy_dossiers_one_per_kind_key') || isUniqueViolation(error, 'vacancy_dossiers_pkey')) {
      throw conflict(dossier.kind === 'lead' ? 'This vacancy already has a lead.' : 'This vacancy already has an opportunity.');
    }
    throw error;
  }
  await appendDossierActivity(trx, {
    agencyId: dossier.agency_id,
    dossierId: dossier.id,
    type: 'vacancy_linked',
    userId,
    createdAt: now,
    description: vacancy.title,
    extraData: { vacancyId: vacancy.id },
  });
}
