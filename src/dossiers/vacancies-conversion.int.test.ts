import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../test/support/databases.js';
import { createTestAgency, followNewCompany, type TestAgency } from '../../test/support/fixtures.js';
import { addContact } from '../clients/add-contact.js';
import { readTimeline } from '../clients/read-timeline.js';
import { changeDossierStage } from './change-dossier-stage.js';
import { listContactRoles } from './list-contact-roles.js';
import { convertLead } from './convert-lead.js';
import { createDossier } from './create-dossier.js';
import { createLeadFromJob } from './create-lead-from-job.js';
import { createVacancy } from './create-vacancy.js';
import { deleteVacancy } from './delete-vacancy.js';
import { linkDossierVacancy } from './link-dossier-vacancy.js';
import { unlinkDossierVacancy } from './unlink-dossier-vacancy.js';
import { listVacancies } from './list-vacancies.js';
import { readDossier } from './read-dossier.js';
import { readDossierTimeline } from './read-dossier-timeline.js';
import { suggestDossierStart } from './suggest-dossier-start.js';

/*
 * Vacancies (one lead and one opportunity each, held by the database),
 * a lead from a followed company's job, conversion of a lead into an
 * opportunity (SPEC R4.3) and the creation wizard's paths (R4.4).
 */
describeEachDatabase('vacancies, conversion and the wizard', (ctx) => {
  let agency: TestAgency;
  let companyId: string;
  let contactId: string;
  let roleIds: string[];
  beforeAll(async () => {
    agency = await createTestAgency(ctx.db, 'Vacatures');
    companyId = await followNewCompany(ctx.db, agency.recruiter);
    contactId = (await addContact(ctx.db, agency.recruiter, { companyId, name: 'Petra Bakker' })).contact.id;
    roleIds = (await listContactRoles(ctx.db, agency.recruiter)).map((role) => role.id);
  });
  const refusal = (promise: Promise<unknown>) => promise.then(() => expect.fail('expected a refusal'), (error: unknown) => error as { code: string; message: string });
  const lead = (title = 'Lead') => createDossier(ctx.db, agency.recruiter, { kind: 'lead', title, companyId });

  it('lets a vacancy have one lead and one opportunity: the database refuses a second lead, as a conflict', async () => {
    const vacancy = await createVacancy(ctx.db, agency.recruiter, { title: 'Java-ontwikkelaar', companyId });
    const first = await lead('Eerste');
    const second = await lead('Tweede');
    const opportunity = await createDossier(ctx.db, agency.recruiter, { kind: 'opportunity', title: 'Kans' });
    await linkDossierVacancy(ctx.db, agency.recruiter, { dossierId: first.id, vacancyId: vacancy.id });
    await linkDossierVacancy(ctx.db, agency.recruiter, { dossierId: opportunity.id, vacancyId: vacancy.id });
    const conflict = await refusal(linkDossierVacancy(ctx.db, agency.recruiter, { dossierId: second.id, vacancyId: vacancy.id }));
    expect(conflict).toMatchObject({ code: 'CONFLICT', message: 'This vacancy already has a lead.' });
    // The rule is the database's own, whatever the code does.
    await expect(
      sql`insert into vacancy_dossiers (agency_id, vacancy_id, dossier_id, kind, created_at) values (${agency.agencyId}, ${vacancy.id}, ${second.id}, 'lead', now())`.execute(ctx.db),
    ).rejects.toThrow(/vacancy_dossiers_one_per_kind_key/);
    // …and a lead cannot stand where the opportunity goes.
    await expect(
      sql`insert into vacancy_dossiers (agency_id, vacancy_id, dossier_id, kind, created_at) values (${agency.agencyId}, ${vacancy.id}, ${second.id}, 'opportunity', now())`.execute(ctx.db),
    ).rejects.toThrow();
    const [listed] = (await listVacancies(ctx.db, agency.viewer, { companyId })).items.filter((item) => item.id === vacancy.id);
    expect(listed).toMatchObject({ leadId: first.id, opportunityId: opportunity.id });
    // Unlinked, the place is free for another lead.
    await unlinkDossierVacancy(ctx.db, agency.recruiter, { dossierId: first.id, vacancyId: vacancy.id });
    expect(await linkDossierVacancy(ctx.db, agency.recruiter, { dossierId: second.id, vacancyId: vacancy.id })).toMatchObject([{ id: vacancy.id, leadId: second.id }]);
    await deleteVacancy(ctx.db, agency.recruiter, { vacancyId: vacancy.id });
    expect((await readDossierTimeline(ctx.db, agency.recruiter, { dossierId: second.id })).items[0]).toMatchObject({ type: 'vacancy_unlinked', extraData: { vacancyId: vacancy.id, deleted: true } });
  });

  it('creates the vacancy and its lead from a job of a followed company in one go', async () => {
    const company = await ctx.db.selectFrom('companies').select('global_company_id').where('id', '=', companyId).executeTakeFirstOrThrow();
    const job = await ctx.db.insertInto('jobs').values({ global_company_id: company.global_company_id, title: 'Data engineer', source: 'test', external_id: randomUUID() }).returning('id').executeTakeFirstOrThrow();
    const { lead: created, vacancy } = await createLeadFromJob(ctx.db, agency.recruiter, { companyId, jobId: job.id });
    expect(vacancy).toMatchObject({ title: 'Data engineer', jobId: job.id, company: { id: companyId }, leadId: created.id });
    expect(created).toMatchObject({ kind: 'lead', title: 'Data engineer', stage: 'new', company: { id: companyId } });
    // A job is taken only from the company it belongs to.
    const elsewhere = await followNewCompany(ctx.db, agency.recruiter);
    expect((await refusal(createLeadFromJob(ctx.db, agency.recruiter, { companyId: elsewhere, jobId: job.id }))).code).toBe('NOT_FOUND');
    expect((await refusal(createLeadFromJob(ctx.db, agency.viewer, { companyId, jobId: job.id }))).code).toBe('FORBIDDEN');
  });

  it('converts a lead in its end stage once, carrying client, contacts with roles and vacancies; both timelines record it', async () => {
    const vacancy = await createVacancy(ctx.db, agency.recruiter, { title: 'Controller', companyId });
    const source = await createDossier(ctx.db, agency.recruiter, {
      kind: 'lead',
      title: 'Finance-team',
      companyId,
      value: 8000,
      source: 'referral',
      contacts: [{ contactId, roleId: roleIds[2]! }],
      vacancyIds: [vacancy.id],
    });
    expect((await refusal(convertLead(ctx.db, agency.recruiter, { leadId: source.id }))).code).toBe('VALIDATION');
    await changeDossierStage(ctx.db, agency.recruiter, { dossierId: source.id, stage: 'qualified' });
    expect((await readDossier(ctx.db, agency.recruiter, { dossierId: source.id })).convertible).toBe(true);
    expect((await refusal(convertLead(ctx.db, agency.viewer, { leadId: source.id }))).code).toBe('FORBIDDEN');

    const { opportunity } = await convertLead(ctx.db, agency.recruiter, { leadId: source.id });
    expect(opportunity).toMatchObject({ kind: 'opportunity', stage: 'identified', title: 'Finance-team', company: { id: companyId }, value: 8000, source: 'referral', convertedFromId: source.id, ownerId: agency.recruiter.userId });
    const detail = await readDossier(ctx.db, agency.recruiter, { dossierId: opportunity.id });
    expect(detail.contacts).toMatchObject([{ contactId, role: { id: roleIds[2] } }]);
    expect(detail.vacancies).toMatchObject([{ id: vacancy.id, leadId: source.id, opportunityId: opportunity.id }]);
    const leadDetail = await readDossier(ctx.db, agency.recruiter, { dossierId: source.id });
    expect(leadDetail).toMatchObject({ convertedToId: opportunity.id, convertible: false });
    expect((await readDossierTimeline(ctx.db, agency.recruiter, { dossierId: source.id })).items[0]).toMatchObject({ type: 'converted', extraData: { opportunityId: opportunity.id } });
    expect((await readDossierTimeline(ctx.db, agency.recruiter, { dossierId: opportunity.id })).items[0]).toMatchObject({ type: 'converted', extraData: { leadId: source.id } });
    expect((await readTimeline(ctx.db, agency.recruiter, { companyId })).items.filter((entry) => entry.type === 'converted')).toHaveLength(2);

    // Twice is refused, by the code and by the database.
    expect((await refusal(convertLead(ctx.db, agency.recruiter, { leadId: source.id }))).code).toBe('CONFLICT');
    await expect(
      sql`insert into dossiers (agency_id, kind, title, pipeline_id, stage, stage_changed_at, created_at, converted_from_id)
        select agency_id, 'opportunity', 'Dubbel', pipeline_id, stage, now(), now(), ${source.id} from dossiers where id = ${opportunity.id}`.execute(ctx.db),
    ).rejects.toThrow(/dossiers_converted_from_key/);
  });

  it('refuses converting when two race: one opportunity comes out', async () => {
    const racing = await lead('Race');
    await changeDossierStage(ctx.db, agency.recruiter, { dossierId: racing.id, stage: 'qualified' });
    const results = await Promise.allSettled([convertLead(ctx.db, agency.recruiter, { leadId: racing.id }), convertLead(ctx.db, agency.manager, { leadId: racing.id })]);
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    for (const result of results) if (result.status === 'rejected') expect(result.reason).toMatchObject({ code: 'CONFLICT' });
  });

  it('serves the wizard: client from a company, a contact or a vacancy, or none; contacts; dossiers of the contact to copy', async () => {
    const fromCompany = await suggestDossierStart(ctx.db, agency.recruiter, { kind: 'lead', companyId });
    expect(fromCompany.clients).toEqual([{ id: companyId, name: expect.any(String), reason: 'company' }]);
    expect(fromCompany.contacts).toEqual([{ id: contactId, name: 'Petra Bakker', title: null, suggested: false }]);
    expect(fromCompany.copyFrom).toEqual([]);

    const previous = await createDossier(ctx.db, agency.recruiter, { kind: 'opportunity', title: 'Eerdere kans', companyId, category: 'interim', contacts: [{ contactId, roleId: roleIds[0]! }] });
    const fromContact = await suggestDossierStart(ctx.db, agency.recruiter, { kind: 'lead', contactId });
    expect(fromContact.clients).toMatchObject([{ id: companyId, reason: 'contact' }]);
    expect(fromContact.contacts).toMatchObject([{ id: contactId, suggested: true }]);
    expect(fromContact.copyFrom.map((item) => item.id)).toContain(previous.id);

    const vacancy = await createVacancy(ctx.db, agency.recruiter, { title: 'Wizard', companyId });
    expect((await suggestDossierStart(ctx.db, agency.recruiter, { kind: 'lead', vacancyId: vacancy.id })).clients).toMatchObject([{ id: companyId, reason: 'vacancy' }]);
    expect(await suggestDossierStart(ctx.db, agency.recruiter, { kind: 'opportunity' })).toEqual({ clients: [], contacts: [], copyFrom: [] });

    // Step 3, a copy: what the request leaves out comes from the copied dossier, contacts with their roles.
    const copy = await createDossier(ctx.db, agency.recruiter, { kind: 'lead', copyFromId: previous.id, vacancyIds: [vacancy.id] });
    expect(copy).toMatchObject({ kind: 'lead', title: 'Eerdere kans', category: 'interim', company: { id: companyId } });
    expect((await readDossier(ctx.db, agency.recruiter, { dossierId: copy.id })).contacts).toMatchObject([{ contactId, role: { id: roleIds[0] } }]);
    // A new one with another client, or none.
    expect(await createDossier(ctx.db, agency.recruiter, { kind: 'lead', title: 'Zonder klant' })).toMatchObject({ company: null });
    expect((await refusal(createDossier(ctx.db, agency.recruiter, { kind: 'lead' }))).code).toBe('VALIDATION');
    const other = await createTestAgency(ctx.db, 'Ander');
    expect((await refusal(suggestDossierStart(ctx.db, other.recruiter, { kind: 'lead', contactId }))).code).toBe('NOT_FOUND');
    expect((await refusal(createDossier(ctx.db, other.recruiter, { kind: 'lead', copyFromId: previous.id }))).code).toBe('NOT_FOUND');
  });
});
