import { sql } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../test/support/databases.js';
import { createTestAgency, followNewCompany, type TestAgency } from '../../test/support/fixtures.js';
import { addContact } from '../clients/add-contact.js';
import { readTimeline } from '../clients/read-timeline.js';
import { leads, opportunities, type PipelineDefinition } from '../pipeline/domain/index.js';
import { defaultPipeline } from '../pipeline/index.js';
import { changeDossierStage } from './change-dossier-stage.js';
import { listContactRoles } from './list-contact-roles.js';
import { createDossier } from './create-dossier.js';
import { deleteDossier } from './delete-dossier.js';
import { changeDossierContactRole } from './change-dossier-contact-role.js';
import { linkDossierContact } from './link-dossier-contact.js';
import { unlinkDossierContact } from './unlink-dossier-contact.js';
import { logDossierActivity } from './log-dossier-activity.js';
import { readDossier } from './read-dossier.js';
import { readDossierTimeline } from './read-dossier-timeline.js';
import { updateDossier } from './update-dossier.js';

/*
 * Leads and opportunities (SPEC R4.1): their default pipelines, creation,
 * stage moves through the stage writer, the append-only timeline (and the
 * company's timeline showing it), contacts with roles, edits and delete.
 */
describeEachDatabase('dossiers', (ctx) => {
  let agency: TestAgency;
  let companyId: string;
  let contactId: string;
  let roles: { id: string; name: { en: string } }[];
  beforeAll(async () => {
    agency = await createTestAgency(ctx.db, 'Dossiers');
    companyId = await followNewCompany(ctx.db, agency.recruiter);
    contactId = (await addContact(ctx.db, agency.recruiter, { companyId, name: 'Jan de Vries' })).contact.id;
    roles = await listContactRoles(ctx.db, agency.recruiter);
  });

  const refusal = (promise: Promise<unknown>) => promise.then(() => expect.fail('expected a refusal'), (error: unknown) => error as { code: string; message: string });

  it('gives every agency a default Leads and Opportunities pipeline equal to the templates, and the seeded contact roles', async () => {
    const strip = ({ kind, name, stages, entryStage, skipNeedsReason, fields, automations }: PipelineDefinition) => ({ kind, name, stages, entryStage, skipNeedsReason, fields, automations });
    const stripTemplate = (template: PipelineDefinition & { key: string }) => strip(template);
    expect(strip(await defaultPipeline(ctx.db, agency.agencyId, 'leads'))).toEqual(stripTemplate(leads));
    expect(strip(await defaultPipeline(ctx.db, agency.agencyId, 'opportunities'))).toEqual(stripTemplate(opportunities));
    expect(roles.map((role) => role.name.en)).toEqual(['Main contact', 'Signatory', 'Hiring manager']);
  });

  it('creates a lead at its entry stage with client, contacts and a created entry; the company timeline shows it, labelled', async () => {
    const lead = await createDossier(ctx.db, agency.recruiter, { kind: 'lead', title: 'Uitbreiding IT-team', companyId, value: 12000, source: 'linkedin', contacts: [{ contactId, roleId: roles[0]!.id }] });
    expect(lead).toMatchObject({ kind: 'lead', stage: 'new', ownerId: agency.recruiter.userId, company: { id: companyId }, value: 12000, source: 'linkedin' });
    const detail = await readDossier(ctx.db, agency.viewer, { dossierId: lead.id });
    expect(detail.contacts).toMatchObject([{ contactId, name: 'Jan de Vries', role: { id: roles[0]!.id } }]);
    expect(detail.allowedTransitions).toEqual(['contacting', 'qualified', 'disqualified']);
    const timeline = await readDossierTimeline(ctx.db, agency.viewer, { dossierId: lead.id });
    expect(timeline.items.map((entry) => entry.type)).toEqual(['contact_linked', 'created']);
    const company = await readTimeline(ctx.db, agency.viewer, { companyId });
    const ofLead = company.items.filter((entry) => entry.dossier?.id === lead.id);
    expect(ofLead.map((entry) => entry.type)).toEqual(['contact_linked', 'created']);
    expect(ofLead[1]).toMatchObject({ dossier: { kind: 'lead', title: 'Uitbreiding IT-team' }, newStage: { key: 'new', name: { en: 'New' } } });
    expect(company.items.some((entry) => entry.type === 'company_tracked' && entry.dossier === null)).toBe(true);
  });

  it('moves through the stage writer with its graph and gates, and an override for admins only', async () => {
    const lead = await createDossier(ctx.db, agency.recruiter, { kind: 'lead', title: 'Gates' });
    expect((await refusal(changeDossierStage(ctx.db, agency.recruiter, { dossierId: lead.id, stage: 'disqualified' }))).code).toBe('LOSS_REASON_REQUIRED');
    expect((await refusal(changeDossierStage(ctx.db, agency.recruiter, { dossierId: lead.id, stage: 'nowhere' }))).code).toBe('VALIDATION');
    const moved = await changeDossierStage(ctx.db, agency.recruiter, { dossierId: lead.id, stage: 'disqualified', lossReason: 'no_budget' });
    expect(moved.dossier.stage).toBe('disqualified');
    expect(moved.activity).toMatchObject({ type: 'status_change', oldStatus: 'new', newStatus: 'disqualified' });
    expect((await refusal(changeDossierStage(ctx.db, agency.recruiter, { dossierId: lead.id, stage: 'qualified' }))).code).toBe('INVALID_TRANSITION');
    expect((await refusal(changeDossierStage(ctx.db, agency.recruiter, { dossierId: lead.id, stage: 'qualified', override: { reason: 'Klant belde terug' } }))).code).toBe('FORBIDDEN');
    const overridden = await changeDossierStage(ctx.db, agency.admin, { dossierId: lead.id, stage: 'qualified', override: { reason: 'Klant belde terug' } });
    expect(overridden.activity.extraData).toMatchObject({ override: { reason: 'Klant belde terug' } });
    // A stage move on an opportunity: On hold asks for a reason and a day.
    const opportunity = await createDossier(ctx.db, agency.recruiter, { kind: 'opportunity', title: 'Hold' });
    expect((await refusal(changeDossierStage(ctx.db, agency.recruiter, { dossierId: opportunity.id, stage: 'on_hold' }))).code).toBe('GATES_REQUIRED');
    const held = await changeDossierStage(ctx.db, agency.recruiter, { dossierId: opportunity.id, stage: 'on_hold', holdReason: 'Budgetronde', resumeAt: '2027-02-01' });
    expect(held.dossier).toMatchObject({ stage: 'on_hold', resumeAt: '2027-02-01' });
  });

  it('keeps the timeline append-only in the database', async () => {
    const lead = await createDossier(ctx.db, agency.recruiter, { kind: 'lead', title: 'Append-only' });
    await expect(sql`update dossier_activities set description = 'x' where dossier_id = ${lead.id}`.execute(ctx.db)).rejects.toThrow(/append-only/);
    await expect(sql`delete from dossier_activities where dossier_id = ${lead.id}`.execute(ctx.db)).rejects.toThrow(/append-only/);
  });

  it('logs notes, e-mails, tasks and appointments; an appointment needs a moment', async () => {
    const lead = await createDossier(ctx.db, agency.recruiter, { kind: 'lead', title: 'Logging' });
    await logDossierActivity(ctx.db, agency.recruiter, { dossierId: lead.id, type: 'note', body: 'Goed gesprek' });
    await logDossierActivity(ctx.db, agency.recruiter, { dossierId: lead.id, type: 'email', body: 'Voorstel gestuurd', subject: 'Voorstel' });
    await logDossierActivity(ctx.db, agency.recruiter, { dossierId: lead.id, type: 'task', body: 'Nabellen', at: '2027-01-10T09:00:00+01:00' });
    const appointment = await logDossierActivity(ctx.db, agency.recruiter, { dossierId: lead.id, type: 'appointment', body: 'Kennismaking', at: '2027-01-12T14:00:00+01:00' });
    expect(appointment).toMatchObject({ type: 'appointment', extraData: { at: '2027-01-12T14:00:00+01:00' }, userId: agency.recruiter.userId });
    expect((await refusal(logDossierActivity(ctx.db, agency.recruiter, { dossierId: lead.id, type: 'appointment', body: 'Zonder tijd' }))).code).toBe('VALIDATION');
    expect((await refusal(logDossierActivity(ctx.db, agency.recruiter, { dossierId: lead.id, type: 'call' as 'note', body: 'x' }))).code).toBe('VALIDATION');
    expect((await refusal(logDossierActivity(ctx.db, agency.viewer, { dossierId: lead.id, type: 'note', body: 'x' }))).code).toBe('FORBIDDEN');
    const timeline = await readDossierTimeline(ctx.db, agency.viewer, { dossierId: lead.id, limit: 2 });
    expect(timeline.items.map((entry) => entry.type)).toEqual(['appointment', 'task']);
    const rest = await readDossierTimeline(ctx.db, agency.viewer, { dossierId: lead.id, cursor: timeline.nextCursor! });
    expect(rest.items.map((entry) => entry.type)).toEqual(['email', 'note', 'created']);
  });

  it('links contacts with a role, changes the role and unlinks; a contact may be on many dossiers', async () => {
    const [first, second] = await Promise.all([
      createDossier(ctx.db, agency.recruiter, { kind: 'lead', title: 'Contact A' }),
      createDossier(ctx.db, agency.recruiter, { kind: 'opportunity', title: 'Contact B' }),
    ]);
    await linkDossierContact(ctx.db, agency.recruiter, { dossierId: first.id, contactId, roleId: roles[0]!.id });
    await linkDossierContact(ctx.db, agency.recruiter, { dossierId: second.id, contactId, roleId: roles[2]!.id });
    expect((await refusal(linkDossierContact(ctx.db, agency.recruiter, { dossierId: first.id, contactId, roleId: roles[1]!.id }))).code).toBe('CONFLICT');
    const changed = await changeDossierContactRole(ctx.db, agency.recruiter, { dossierId: first.id, contactId, roleId: roles[1]!.id });
    expect(changed).toMatchObject([{ contactId, role: { name: { en: 'Signatory' } } }]);
    expect(await unlinkDossierContact(ctx.db, agency.recruiter, { dossierId: first.id, contactId })).toEqual([]);
    expect((await readDossier(ctx.db, agency.recruiter, { dossierId: second.id })).contacts).toHaveLength(1);
    const types = (await readDossierTimeline(ctx.db, agency.recruiter, { dossierId: first.id })).items.map((entry) => entry.type);
    expect(types).toEqual(['contact_unlinked', 'contact_role_changed', 'contact_linked', 'created']);
  });

  it('edits fields with owner_changed and deal_updated entries, and deletes softly', async () => {
    const lead = await createDossier(ctx.db, agency.recruiter, { kind: 'lead', title: 'Edit' });
    const updated = await updateDossier(ctx.db, agency.recruiter, { dossierId: lead.id, value: 5000, priority: 'high', ownerId: agency.manager.userId });
    expect(updated).toMatchObject({ value: 5000, priority: 'high', ownerId: agency.manager.userId });
    const entries = (await readDossierTimeline(ctx.db, agency.recruiter, { dossierId: lead.id })).items;
    expect(entries.find((entry) => entry.type === 'deal_updated')?.extraData).toEqual({ changes: { value: { from: null, to: 5000 }, priority: { from: null, to: 'high' } } });
    expect(entries.find((entry) => entry.type === 'owner_changed')?.extraData).toEqual({ from: agency.recruiter.userId, to: agency.manager.userId });
    expect((await refusal(updateDossier(ctx.db, agency.recruiter, { dossierId: lead.id, value: -1 }))).code).toBe('VALIDATION');
    expect((await refusal(deleteDossier(ctx.db, agency.viewer, { dossierId: lead.id }))).code).toBe('FORBIDDEN');
    await deleteDossier(ctx.db, agency.recruiter, { dossierId: lead.id });
    expect((await refusal(readDossier(ctx.db, agency.recruiter, { dossierId: lead.id }))).code).toBe('NOT_FOUND');
    expect((await readDossierTimeline(ctx.db, agency.recruiter, { dossierId: lead.id })).items[0]!.type).toBe('deleted');
  });

  it("keeps another agency's dossiers, contacts and roles out of reach", async () => {
    const other = await createTestAgency(ctx.db, 'Elders');
    const lead = await createDossier(ctx.db, agency.recruiter, { kind: 'lead', title: 'Ons' });
    const attempts: (() => Promise<unknown>)[] = [
      () => readDossier(ctx.db, other.admin, { dossierId: lead.id }),
      () => changeDossierStage(ctx.db, other.admin, { dossierId: lead.id, stage: 'contacting' }),
      () => updateDossier(ctx.db, other.admin, { dossierId: lead.id, title: 'Van ons' }),
      () => deleteDossier(ctx.db, other.admin, { dossierId: lead.id }),
      () => readDossierTimeline(ctx.db, other.admin, { dossierId: lead.id }),
      () => createDossier(ctx.db, other.admin, { kind: 'lead', title: 'Met hun klant', companyId }),
    ];
    for (const attempt of attempts) expect((await refusal(attempt())).code).toBe('NOT_FOUND');
    const theirs = await createDossier(ctx.db, other.admin, { kind: 'lead', title: 'Hun' });
    expect((await refusal(linkDossierContact(ctx.db, other.admin, { dossierId: theirs.id, contactId, roleId: (await listContactRoles(ctx.db, other.admin))[0]!.id }))).code).toBe('NOT_FOUND');
    expect((await refusal(linkDossierContact(ctx.db, agency.admin, { dossierId: lead.id, contactId, roleId: (await listContactRoles(ctx.db, other.admin))[0]!.id }))).code).toBe('NOT_FOUND');
    expect((await readDossier(ctx.db, agency.recruiter, { dossierId: lead.id })).title).toBe('Ons');
  });
});
