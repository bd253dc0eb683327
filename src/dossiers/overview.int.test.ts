import ExcelJS from 'exceljs';
import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../test/support/databases.js';
import { createTestAgency, followNewCompany, type TestAgency } from '../../test/support/fixtures.js';
import { addContact } from '../clients/add-contact.js';
import { bulkUpdateDossiers } from './bulk-update-dossiers.js';
import { changeDossierStage } from './change-dossier-stage.js';
import { listContactRoles } from './list-contact-roles.js';
import { convertLead } from './convert-lead.js';
import { createDossier } from './create-dossier.js';
import { exportDossiers } from './export-dossiers.js';
import { listDossierSuggestions } from './list-dossier-suggestions.js';
import { listDossiers } from './list-dossiers.js';
import { readDossierReport } from './read-dossier-report.js';
import { readDossierTimeline } from './read-dossier-timeline.js';

/* The overview of leads and opportunities (SPEC R4.5): tabs, scope, search, filters, paging, bulk actions, export and reports. */
describeEachDatabase('dossier overview', (ctx) => {
  let agency: TestAgency;
  let branchId: string;
  const ids: Record<string, string> = {};
  // Each call a second later, so the list's newest-first order is the order of creation.
  let tick = 0;
  const clock = () => new Date(Date.UTC(2026, 11, 6, 12, 0, tick++));
  beforeAll(async () => {
    agency = await createTestAgency(ctx.db, 'Overzicht');
    branchId = (await ctx.db.insertInto('branches').values({ agency_id: agency.agencyId, name: 'Utrecht' }).returning('id').executeTakeFirstOrThrow()).id;
    await ctx.db.updateTable('users').set({ branch_id: branchId }).where('id', '=', agency.manager.userId).execute();
    const companyId = await followNewCompany(ctx.db, agency.recruiter);
    const contactId = (await addContact(ctx.db, agency.recruiter, { companyId, name: 'Karel Zoekmij' })).contact.id;
    const roleId = (await listContactRoles(ctx.db, agency.recruiter))[0]!.id;
    const make = (actor: typeof agency.recruiter, input: Omit<Parameters<typeof createDossier>[2], 'kind'>) => createDossier(ctx.db, actor, { kind: 'lead', ...input }, clock);
    ids.alpha = (await make(agency.recruiter, { title: 'Alpha', value: 1000, source: 'website', priority: 'high' })).id;
    ids.bravo = (await make(agency.recruiter, { title: 'Bravo', value: 5000, companyId, branchId, contacts: [{ contactId, roleId }] })).id;
    ids.charlie = (await make(agency.manager, { title: 'Charlie', value: 9000, branchId, expectedCloseDate: '2027-03-01' })).id;
    ids.delta = (await make(agency.manager, { title: 'Delta' })).id;
    await changeDossierStage(ctx.db, agency.recruiter, { dossierId: ids.charlie, stage: 'qualified' }, clock);
    await createDossier(ctx.db, agency.recruiter, { kind: 'opportunity', title: 'Kans Alpha' }, clock);
  });
  const titles = async (actor: typeof agency.recruiter, filter: Omit<Parameters<typeof listDossiers>[2], 'kind'>) =>
    (await listDossiers(ctx.db, actor, { kind: 'lead', ...filter })).items.map((item) => item.title);

  it('lists a kind newest first with tabs, scope, search and advanced filters', async () => {
    expect(await titles(agency.viewer, {})).toEqual(['Delta', 'Charlie', 'Bravo', 'Alpha']);
    expect(await titles(agency.viewer, { group: 'open' })).toEqual(['Delta', 'Bravo', 'Alpha']);
    expect(await titles(agency.viewer, { group: 'closed' })).toEqual(['Charlie']);
    expect(await titles(agency.recruiter, { scope: 'my' })).toEqual(['Bravo', 'Alpha']);
    // My branches: the manager's branch (users.branch_id).
    expect(await titles(agency.manager, { scope: 'branches' })).toEqual(['Charlie', 'Bravo']);
    expect(await titles(agency.recruiter, { scope: 'branches' })).toEqual([]);
    expect(await titles(agency.viewer, { q: 'alp' })).toEqual(['Alpha']);
    expect(await titles(agency.viewer, { q: 'zoekmij' })).toEqual(['Bravo']);
    expect(await titles(agency.viewer, { q: 'Company' })).toEqual(['Bravo']);
    expect(await titles(agency.viewer, { valueMin: 2000, valueMax: 9000 })).toEqual(['Charlie', 'Bravo']);
    expect(await titles(agency.viewer, { stage: 'new,contacting', ownerId: agency.manager.userId })).toEqual(['Delta']);
    expect(await titles(agency.viewer, { source: 'website', priority: 'high' })).toEqual(['Alpha']);
    expect(await titles(agency.viewer, { closeFrom: '2027-01-01', closeTo: '2027-12-31' })).toEqual(['Charlie']);
    expect(await titles(agency.viewer, { createdFrom: '2026-12-07' })).toEqual([]);
    expect((await listDossiers(ctx.db, agency.viewer, { kind: 'opportunity' })).items.map((item) => item.title)).toEqual(['Kans Alpha']);
  });

  it('pages by keyset with the total, and refuses a forged cursor', async () => {
    const first = await listDossiers(ctx.db, agency.viewer, { kind: 'lead', limit: 3 });
    expect(first).toMatchObject({ total: 4, items: [{ title: 'Delta' }, { title: 'Charlie' }, { title: 'Bravo' }] });
    const second = await listDossiers(ctx.db, agency.viewer, { kind: 'lead', limit: 3, cursor: first.nextCursor! });
    expect(second).toMatchObject({ items: [{ title: 'Alpha' }], nextCursor: null });
    await expect(listDossiers(ctx.db, agency.viewer, { kind: 'lead', cursor: 'bm9wZQ' })).rejects.toMatchObject({ code: 'VALIDATION' });
    await expect(listDossiers(ctx.db, agency.viewer, { kind: 'lead', valueMin: -1 as number })).rejects.toMatchObject({ code: 'VALIDATION' });
  });

  it('exports the list as CSV and XLSX', async () => {
    const csv = await exportDossiers(ctx.db, agency.viewer, { kind: 'lead', group: 'open', language: 'nl' }, clock);
    expect(csv.filename).toBe('leads-2026-12-06.csv');
    let text = '';
    for await (const chunk of csv.body) text += String(chunk);
    const lines = text.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('Titel;Klant;Fase;Eigenaar;Bron;Prioriteit;Categorie;Waarde (EUR);Verwachte sluitingsdatum;Aangemaakt');
    expect(lines.slice(1).map((line) => line.split(';')[0])).toEqual(['Delta', 'Bravo', 'Alpha']);
    expect(lines[3]).toContain(';Nieuw;');
    // Source and priority by their names in the agency's lists, in the export's language (Alpha: website, high).
    expect(lines[3]!.split(';').slice(4, 6)).toEqual(['Website', 'Hoog']);
    const xlsx = await exportDossiers(ctx.db, agency.viewer, { kind: 'lead', format: 'xlsx' }, clock);
    const chunks: Buffer[] = [];
    for await (const chunk of xlsx.body) chunks.push(Buffer.from(chunk as Buffer));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.concat(chunks) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Leads')!;
    expect(sheet.rowCount).toBe(5);
    expect(sheet.getRow(2).getCell(1).value).toBe('Delta');
  });

  it('reports count and value per stage and owner, and the conversion funnel by month', async () => {
    const report = await readDossierReport(ctx.db, agency.viewer, { kind: 'lead', months: 2 }, clock);
    expect(report.byStage).toEqual([
      { stage: 'new', name: { nl: 'Nieuw', en: 'New' }, count: 3, value: 6000 },
      { stage: 'qualified', name: { nl: 'Gekwalificeerd', en: 'Qualified' }, count: 1, value: 9000 },
    ]);
    expect(report.byOwner.map((row) => [row.ownerId, row.count, row.value])).toEqual(
      expect.arrayContaining([
        [agency.recruiter.userId, 2, 6000],
        [agency.manager.userId, 2, 9000],
      ]),
    );
    expect(report.conversion).toEqual([
      { month: '2026-11', leads: 0, converted: 0, won: 0 },
      { month: '2026-12', leads: 4, converted: 0, won: 0 },
    ]);
    const { opportunity } = await convertLead(ctx.db, agency.manager, { leadId: ids.charlie! }, clock);
    await changeDossierStage(ctx.db, agency.manager, { dossierId: opportunity.id, stage: 'won' }, clock);
    expect((await readDossierReport(ctx.db, agency.viewer, { kind: 'lead', months: 1 }, clock)).conversion).toEqual([{ month: '2026-12', leads: 4, converted: 1, won: 1 }]);
  });

  it('applies bulk actions per target through the stage writer and says what happened to each', async () => {
    const moved = await bulkUpdateDossiers(ctx.db, agency.recruiter, { kind: 'lead', target: { ids: [ids.alpha!, ids.bravo!] }, action: { type: 'move', stage: 'disqualified' } }, clock);
    // Disqualified asks for a loss reason: each target refused, nothing moved.
    expect(moved).toMatchObject({ succeeded: 0, failed: 2 });
    const withReason = await bulkUpdateDossiers(ctx.db, agency.recruiter, { kind: 'lead', target: { ids: [ids.alpha!, ids.bravo!] }, action: { type: 'move', stage: 'contacting' } }, clock);
    expect(withReason).toMatchObject({ succeeded: 2, failed: 0 });
    expect((await readDossierTimeline(ctx.db, agency.viewer, { dossierId: ids.alpha! })).items[0]).toMatchObject({ type: 'status_change', newStatus: 'contacting' });
    const owner = await bulkUpdateDossiers(ctx.db, agency.manager, { kind: 'lead', target: { filter: { scope: 'all', q: 'Delta' } }, action: { type: 'owner', ownerId: agency.recruiter.userId } }, clock);
    expect(owner).toMatchObject({ succeeded: 1, results: [{ id: ids.delta, ok: true, error: null }] });
    expect(await titles(agency.recruiter, { scope: 'my' })).toEqual(['Delta', 'Bravo', 'Alpha']);
    await expect(bulkUpdateDossiers(ctx.db, agency.viewer, { kind: 'lead', target: { ids: [ids.delta!] }, action: { type: 'delete' } }, clock)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    // Refusals are worded in the caller's language.
    const dutch = await bulkUpdateDossiers(ctx.db, agency.recruiter, { kind: 'lead', target: { ids: [ids.alpha!] }, action: { type: 'move', stage: 'disqualified' }, language: 'nl' }, clock);
    expect(dutch.results[0]!.error).toBe("Naar 'disqualified' verplaatsen vraagt een reden van verlies.");
    // An opportunity is not on the leads overview.
    const opportunity = (await listDossiers(ctx.db, agency.viewer, { kind: 'opportunity' })).items[0]!;
    expect(await bulkUpdateDossiers(ctx.db, agency.recruiter, { kind: 'lead', target: { ids: [opportunity.id] }, action: { type: 'delete' } }, clock)).toMatchObject({ succeeded: 0, failed: 1 });
    const deleted = await bulkUpdateDossiers(ctx.db, agency.recruiter, { kind: 'lead', target: { ids: [ids.delta!] }, action: { type: 'delete' } }, clock);
    expect(deleted).toMatchObject({ succeeded: 1 });
    expect(await titles(agency.viewer, {})).not.toContain('Delta');
  });

  it("suggests source, priority and category: the keys of the agency's lists, in their order", async () => {
    const suggestions = await listDossierSuggestions(ctx.db, agency.viewer);
    expect(suggestions.source.slice(0, 6)).toEqual(['website', 'referral', 'linkedin', 'event', 'cold_outreach', 'existing_client']);
    expect(suggestions.priority).toEqual(['low', 'normal', 'high']);
  });
});
