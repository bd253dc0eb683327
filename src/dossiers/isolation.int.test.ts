import { beforeAll, expect, it } from 'vitest';
import type { Actor } from '../identity/domain/index.js';
import type { Db } from '../platform/db/database.js';
import { describeEachDatabase } from '../../test/support/databases.js';
import { createTestAgency, followNewCompany, snapshot, type TestAgency } from '../../test/support/fixtures.js';
import { addContact } from '../clients/add-contact.js';
import { bulkUpdateDossiers } from './bulk-update-dossiers.js';
import { changeDossierStage } from './change-dossier-stage.js';
import { deleteContactRole } from './delete-contact-role.js';
import { listContactRoles } from './list-contact-roles.js';
import { createDossierListValue } from './create-dossier-list-value.js';
import { deleteDossierListValue } from './delete-dossier-list-value.js';
import { listDossierLists } from './list-dossier-lists.js';
import { updateDossierListValue } from './update-dossier-list-value.js';
import { updateContactRole } from './update-contact-role.js';
import { convertLead } from './convert-lead.js';
import { createDossier } from './create-dossier.js';
import { createLeadFromJob } from './create-lead-from-job.js';
import { createVacancy } from './create-vacancy.js';
import { deleteDossier } from './delete-dossier.js';
import { deleteVacancy } from './delete-vacancy.js';
import { changeDossierContactRole } from './change-dossier-contact-role.js';
import { linkDossierContact } from './link-dossier-contact.js';
import { unlinkDossierContact } from './unlink-dossier-contact.js';
import { linkDossierVacancy } from './link-dossier-vacancy.js';
import { unlinkDossierVacancy } from './unlink-dossier-vacancy.js';
import { listDossiers } from './list-dossiers.js';
import { listVacancies } from './list-vacancies.js';
import { logDossierActivity } from './log-dossier-activity.js';
import { readDossier } from './read-dossier.js';
import { readDossierReport } from './read-dossier-report.js';
import { readDossierTimeline } from './read-dossier-timeline.js';
import { suggestDossierStart } from './suggest-dossier-start.js';
import { updateDossier } from './update-dossier.js';
import { exportDossiers } from './export-dossiers.js';
import { listDossierSuggestions } from './list-dossier-suggestions.js';

/** What one agency owns in the dossiers slice, to prove another agency's attempt changed none of it. */
export async function dossierSnapshot(db: Db, agencyId: string) {
  return {
    dossiers: await db.selectFrom('dossiers').select(['id', 'title', 'stage', 'stage_changed_at', 'owner_id', 'value', 'deleted_at']).where('agency_id', '=', agencyId).orderBy('id').execute(),
    activities: await db.selectFrom('dossier_activities').select('id').where('agency_id', '=', agencyId).orderBy('id').execute(),
    contacts: await db.selectFrom('dossier_contacts').select(['dossier_id', 'contact_id', 'role_id']).where('agency_id', '=', agencyId).orderBy('dossier_id').orderBy('contact_id').execute(),
    lists: await db.selectFrom('dossier_list_values').select(['list', 'key', 'name_en', 'position']).where('agency_id', '=', agencyId).orderBy('list').orderBy('key').execute(),
    roles: await db.selectFrom('dossier_contact_roles').select(['id', 'name_en', 'position']).where('agency_id', '=', agencyId).orderBy('id').execute(),
    vacancies: await db.selectFrom('vacancies').select(['id', 'deleted_at']).where('agency_id', '=', agencyId).orderBy('id').execute(),
    links: await db.selectFrom('vacancy_dossiers').select(['vacancy_id', 'dossier_id']).where('agency_id', '=', agencyId).orderBy('vacancy_id').orderBy('dossier_id').execute(),
  };
}

/*
 * Tenant isolation of every dossier use case (test/tenancy.int.test.ts
 * lists them as covered here): another agency's lead, opportunity,
 * vacancy, contact or role is NOT_FOUND and nothing of it changes; lists,
 * reports and exports show the caller's own alone.
 */
describeEachDatabase('dossier isolation', (ctx) => {
  let mine: TestAgency;
  let theirs: TestAgency;
  const ids = { lead: '', qualified: '', vacancy: '', contact: '', role: '', company: '', job: '' };
  beforeAll(async () => {
    mine = await createTestAgency(ctx.db, 'Mijn bureau');
    theirs = await createTestAgency(ctx.db, 'Hun bureau');
    ids.company = await followNewCompany(ctx.db, mine.recruiter);
    ids.contact = (await addContact(ctx.db, mine.recruiter, { companyId: ids.company, name: 'Eva Smit' })).contact.id;
    ids.role = (await listContactRoles(ctx.db, mine.recruiter))[0]!.id;
    ids.vacancy = (await createVacancy(ctx.db, mine.recruiter, { title: 'Vacature', companyId: ids.company })).id;
    ids.lead = (await createDossier(ctx.db, mine.recruiter, { kind: 'lead', title: 'Geheim', companyId: ids.company, contacts: [{ contactId: ids.contact, roleId: ids.role }], vacancyIds: [ids.vacancy] })).id;
    ids.qualified = (await createDossier(ctx.db, mine.recruiter, { kind: 'lead', title: 'Klaar' })).id;
    await changeDossierStage(ctx.db, mine.recruiter, { dossierId: ids.qualified, stage: 'qualified' });
    await createDossierListValue(ctx.db, mine.admin, { list: 'source', name: { nl: 'Onze beurs', en: 'Our fair' } });
    const company = await ctx.db.selectFrom('companies').select('global_company_id').where('id', '=', ids.company).executeTakeFirstOrThrow();
    ids.job = (await ctx.db.insertInto('jobs').values({ global_company_id: company.global_company_id, title: 'Job', source: 'test', external_id: crypto.randomUUID() }).returning('id').executeTakeFirstOrThrow()).id;
  });

  const notFound: Record<string, (actor: Actor, own: { role: string }) => Promise<unknown>> = {
    readDossier: (actor) => readDossier(ctx.db, actor, { dossierId: ids.lead }),
    updateDossier: (actor) => updateDossier(ctx.db, actor, { dossierId: ids.lead, title: 'Van hen' }),
    deleteDossier: (actor) => deleteDossier(ctx.db, actor, { dossierId: ids.lead }),
    changeDossierStage: (actor) => changeDossierStage(ctx.db, actor, { dossierId: ids.lead, stage: 'contacting' }),
    readDossierTimeline: (actor) => readDossierTimeline(ctx.db, actor, { dossierId: ids.lead }),
    logDossierActivity: (actor) => logDossierActivity(ctx.db, actor, { dossierId: ids.lead, type: 'note', body: 'x' }),
    linkDossierContact: (actor, own) => linkDossierContact(ctx.db, actor, { dossierId: ids.lead, contactId: ids.contact, roleId: own.role }),
    changeDossierContactRole: (actor, own) => changeDossierContactRole(ctx.db, actor, { dossierId: ids.lead, contactId: ids.contact, roleId: own.role }),
    unlinkDossierContact: (actor) => unlinkDossierContact(ctx.db, actor, { dossierId: ids.lead, contactId: ids.contact }),
    linkDossierVacancy: (actor) => linkDossierVacancy(ctx.db, actor, { dossierId: ids.lead, vacancyId: ids.vacancy }),
    unlinkDossierVacancy: (actor) => unlinkDossierVacancy(ctx.db, actor, { dossierId: ids.lead, vacancyId: ids.vacancy }),
    convertLead: (actor) => convertLead(ctx.db, actor, { leadId: ids.qualified }),
    deleteVacancy: (actor) => deleteVacancy(ctx.db, actor, { vacancyId: ids.vacancy }),
    updateContactRole: (actor) => updateContactRole(ctx.db, actor, { roleId: ids.role, name: { nl: 'x', en: 'x' } }),
    deleteContactRole: (actor) => deleteContactRole(ctx.db, actor, { roleId: ids.role }),
    updateDossierListValue: (actor) => updateDossierListValue(ctx.db, actor, { list: 'source', key: 'our_fair', name: { nl: 'x', en: 'x' } }),
    deleteDossierListValue: (actor) => deleteDossierListValue(ctx.db, actor, { list: 'source', key: 'our_fair' }),
    createLeadFromJob: (actor) => createLeadFromJob(ctx.db, actor, { companyId: ids.company, jobId: ids.job }),
    // Their own new records may not point at ours.
    createDossier: (actor) => createDossier(ctx.db, actor, { kind: 'lead', title: 'Met onze klant', companyId: ids.company }),
    createDossierCopy: (actor) => createDossier(ctx.db, actor, { kind: 'lead', copyFromId: ids.lead }),
    createDossierWithOurVacancy: (actor) => createDossier(ctx.db, actor, { kind: 'lead', title: 'Onze vacature', vacancyIds: [ids.vacancy] }),
    createVacancy: (actor) => createVacancy(ctx.db, actor, { title: 'Onze klant', companyId: ids.company }),
    createVacancyForOurLead: (actor) => createVacancy(ctx.db, actor, { title: 'Onze lead', leadId: ids.lead }),
    suggestDossierStart: (actor) => suggestDossierStart(ctx.db, actor, { kind: 'lead', contactId: ids.contact }),
  };

  it.each(Object.keys(notFound))("%s: another agency's record is not found, and nothing changes", async (name) => {
    const own = { role: (await listContactRoles(ctx.db, theirs.admin))[0]!.id };
    const before = [await dossierSnapshot(ctx.db, mine.agencyId), await snapshot(ctx.db, mine.agencyId)];
    await expect(notFound[name]!(theirs.admin, own)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect([await dossierSnapshot(ctx.db, mine.agencyId), await snapshot(ctx.db, mine.agencyId)]).toEqual(before);
  });

  it('bulk actions on our ids find nothing of ours; lists, reports, exports, vacancies and suggestions show only their own', async () => {
    const before = await dossierSnapshot(ctx.db, mine.agencyId);
    const result = await bulkUpdateDossiers(ctx.db, theirs.admin, { kind: 'lead', target: { ids: [ids.lead] }, action: { type: 'delete' } });
    expect(result).toMatchObject({ succeeded: 0, failed: 1 });
    expect(await dossierSnapshot(ctx.db, mine.agencyId)).toEqual(before);
    await createDossierListValue(ctx.db, theirs.admin, { list: 'source', key: 'hun_bron', name: { nl: 'Hun bron', en: 'Their source' } });
    await createDossier(ctx.db, theirs.recruiter, { kind: 'lead', title: 'Hun lead', source: 'hun_bron' });
    // Our own value is no value of theirs: a field error, nothing written.
    await expect(createDossier(ctx.db, theirs.recruiter, { kind: 'lead', title: 'Onze bron', source: 'our_fair' })).rejects.toMatchObject({ code: 'VALIDATION' });
    expect((await listDossiers(ctx.db, theirs.viewer, { kind: 'lead' })).items.map((item) => item.title)).toEqual(['Hun lead']);
    expect((await readDossierReport(ctx.db, theirs.viewer, { kind: 'lead' })).byStage).toMatchObject([{ stage: 'new', count: 1 }]);
    let csv = '';
    for await (const chunk of (await exportDossiers(ctx.db, theirs.viewer, { kind: 'lead' })).body) csv += String(chunk);
    expect(csv).toContain('Hun lead');
    expect(csv).not.toContain('Geheim');
    expect((await listVacancies(ctx.db, theirs.viewer, {})).items).toEqual([]);
    expect((await listDossierSuggestions(ctx.db, mine.viewer)).source).not.toContain('hun_bron');
    expect((await listDossierLists(ctx.db, mine.viewer)).source.map((value) => value.key)).not.toContain('hun_bron');
    expect((await listDossierLists(ctx.db, theirs.viewer)).source.map((value) => value.key)).not.toContain('our_fair');
    expect((await listContactRoles(ctx.db, theirs.viewer)).map((role) => role.id)).not.toContain(ids.role);
  });
});
