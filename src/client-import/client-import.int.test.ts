import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import type { Actor } from '../identity/domain/roles.js';
import type { Db } from '../platform/db/database.js';
import { describeEachDatabase } from '../../test/support/databases.js';
import { createTestAgency, createTestUser, snapshot, type TestAgency } from '../../test/support/fixtures.js';
import { followCompany } from '../clients/follow-company.js';
import { expectConsistentHistory } from '../../test/support/invariants.js';
import { dryRunClientImport } from './dry-run-client-import.js';
import { listClientImports } from './list-client-imports.js';
import { readClientImport } from './read-client-import.js';
import { runClientImport, startClientImport } from './start-client-import.js';
import { undoClientImport } from './undo-client-import.js';
import { uploadClientImportFile } from './upload-client-import-file.js';

const FIXTURES = join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'client-import');
const fixture = (name: string) => readFileSync(join(FIXTURES, name));
const at = (iso: string) => () => new Date(iso);

/** Everything an import may write, for the agency: its tables as the snapshot has them, plus keys, files' batches and shared companies. */
async function tables(db: Db, agencyId: string) {
  const count = async (table: 'client_import_keys' | 'client_import_batches') =>
    Number((await db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).where('agency_id', '=', agencyId).executeTakeFirstOrThrow()).n);
  const shared = Number((await db.selectFrom('global_companies').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  const owners = await db.selectFrom('companies').select(['id', 'owner_id']).where('agency_id', '=', agencyId).orderBy('id').execute();
  return { ...(await snapshot(db, agencyId)), owners, keys: await count('client_import_keys'), batches: await count('client_import_batches'), shared };
}

/** The agency's live records by company name, with stage, owner, value and the imported entry. */
async function records(db: Db, agencyId: string) {
  const rows = await db
    .selectFrom('companies as c')
    .innerJoin('global_companies as g', 'g.id', 'c.global_company_id')
    .select(['c.id', 'g.name', 'g.website_domain', 'c.client_status', 'c.owner_id', 'c.expected_value', 'c.expected_close_date'])
    .where('c.agency_id', '=', agencyId)
    .where('c.deleted_at', 'is', null)
    .execute();
  return new Map(rows.map((row) => [row.name, row]));
}

async function activities(db: Db, agencyId: string, companyId: string) {
  return db.selectFrom('client_company_activities').selectAll().where('agency_id', '=', agencyId).where('company_id', '=', companyId).orderBy('seq').execute();
}

async function contactsOf(db: Db, agencyId: string, companyId: string) {
  return (await db.selectFrom('contacts').select(['name', 'email']).where('agency_id', '=', agencyId).where('company_id', '=', companyId).orderBy('name').execute()).map((c) => `${c.name} <${c.email ?? ''}>`);
}

async function upload(db: Db, actor: Actor, name: string) {
  return uploadClientImportFile(db, actor, { fileName: name, content: fixture(name) }, at('2026-12-01T09:00:00Z'));
}

describeEachDatabase('client import', (ctx) => {
  let agency: TestAgency;
  let sanne: Actor;
  let pieter: Actor;
  beforeAll(async () => {
    agency = await createTestAgency(ctx.db, 'Importbureau');
    for (const [email, name] of [['sanne@example-bureau.nl', 'Sanne de Vries'], ['pieter@example-bureau.nl', 'Pieter Jansen']] as const) {
      const user = await createTestUser(ctx.db, agency.agencyId, 'recruiter', name);
      await ctx.db.updateTable('users').set({ email }).where('id', '=', user.userId).execute();
      if (name.startsWith('Sanne')) sanne = user;
      else pieter = user;
    }
  });

  it('imports the Pipedrive export: a dry run writes nothing, the run places each organisation once with its stage, owner, value, lost reason and contacts', async () => {
    const before = await tables(ctx.db, agency.agencyId);
    const plan = await upload(ctx.db, agency.admin, 'pipedrive.csv');
    expect(plan).toMatchObject({ source: 'pipedrive', detectedSource: 'pipedrive', format: 'csv' });
    expect(plan.summary).toMatchObject({ rows: 10, companies: 7, create: 7, link: 0, existing: 0, skip: 0, contacts: 5, rejected: 1, unassigned: 1 });
    expect(plan.rejects).toEqual([{ line: 10, code: 'missing_name' }]);
    expect(plan.rows[0]).toMatchObject({ line: 2, companyName: "Bouwbedrijf Van 't Hek", action: 'create', stage: 'meeting', ownerId: sanne.userId, contact: 'Zoë Jansen' });
    expect(plan.rows[1]).toMatchObject({ line: 3, action: 'same', firstLine: 2 });
    const dry = await dryRunClientImport(ctx.db, agency.admin, { fileId: plan.fileId, stages: { 'Negotiations Started': 'meeting' } });
    expect(dry.summary.byStage).toEqual([
      { stage: 'prospect', count: 1 },
      { stage: 'meeting', count: 2 },
      { stage: 'won', count: 1 },
      { stage: 'lost', count: 3 },
    ]);
    // The upload kept the file; beyond that, neither it nor the dry run wrote anything.
    expect(await tables(ctx.db, agency.agencyId)).toEqual(before);

    const batch = await runClientImport(ctx.db, agency.admin, { fileId: plan.fileId, stages: { 'Negotiations Started': 'meeting' } }, at('2026-12-01T10:00:00Z'));
    expect(batch).toMatchObject({ status: 'done', source: 'pipedrive', total: 7, processed: 7, counts: { created: 7, linked: 0, existing: 0, skipped: 0, contacts: 5, notes: 0, rejected: 1 } });
    const placed = await records(ctx.db, agency.agencyId);
    expect(Object.fromEntries([...placed].map(([name, r]) => [name, [r.client_status, r.owner_id, r.expected_value === null ? null : Number(r.expected_value)]]))).toEqual({
      "Bouwbedrijf Van 't Hek": ['meeting', sanne.userId, 8000],
      'Café De Gouden Leeuw': ['prospect', null, 3280.5],
      'Technisch Bureau Smit, Zonen & Co': ['won', pieter.userId, 3280.5],
      'Zorggroep Noorderlicht': ['lost', pieter.userId, null],
      'Bakkerij Ærø & Zn': ['meeting', sanne.userId, 2000],
      'Transport Groot B.V.': ['lost', sanne.userId, null],
      'Installatiebedrijf Stilte': ['lost', pieter.userId, 4500],
    });
    const hek = placed.get("Bouwbedrijf Van 't Hek")!;
    expect(hek.expected_close_date).toBe('2027-03-01');
    expect(await contactsOf(ctx.db, agency.agencyId, hek.id)).toEqual(["Kees van 't Hek <kees@vanthek.nl>", 'Zoë Jansen <zoe.jansen@vanthek.nl>']);
    const timeline = await activities(ctx.db, agency.agencyId, hek.id);
    expect(timeline[0]).toMatchObject({ activity_type: 'imported', old_status: null, new_status: 'meeting', description: 'Imported from Pipedrive: Meeting', user_id: agency.admin.userId });
    expect(timeline[0]!.extra_data).toMatchObject({ source: 'Pipedrive', sourceStage: 'Demo Scheduled', batchId: batch.id, expectedValue: 8000 });
    // Never an invented history: one stage entry, no status changes.
    expect(timeline.filter((a) => a.new_status !== null)).toHaveLength(1);
    const lost = await activities(ctx.db, agency.agencyId, placed.get('Zorggroep Noorderlicht')!.id);
    expect(lost[0]!.extra_data).toMatchObject({ lossReason: 'existing_partner', lossReasonText: 'Kiest voor ander bureau, goedkoper' });
    const silent = await activities(ctx.db, agency.agencyId, placed.get('Installatiebedrijf Stilte')!.id);
    expect(silent[0]!.extra_data).toMatchObject({ lossReason: 'no_response' });
    const groot = await activities(ctx.db, agency.agencyId, placed.get('Transport Groot B.V.')!.id);
    expect(groot[0]!.extra_data).toMatchObject({ lossReason: 'other', lossReasonText: 'Not stated in the import' });

    // A re-run of the same file changes nothing.
    const again = await upload(ctx.db, agency.admin, 'pipedrive.csv');
    expect(again.summary).toMatchObject({ create: 0, link: 0, skip: 7, contacts: 0 });
    const settled = await tables(ctx.db, agency.agencyId);
    const rerun = await runClientImport(ctx.db, agency.admin, { fileId: again.fileId }, at('2026-12-01T11:00:00Z'));
    expect(rerun.counts).toMatchObject({ created: 0, skipped: 7, contacts: 0, notes: 0 });
    // Every record's stage equals its timeline's latest stage entry, which opens with the import.
    await expectConsistentHistory(ctx.db, agency.agencyId);
    expect({ ...(await tables(ctx.db, agency.agencyId)), batches: settled.batches }).toEqual(settled);

    expect((await listClientImports(ctx.db, agency.admin)).map((b) => [b.id, b.createdBy.id, b.undoneAt])).toEqual([
      [rerun.id, agency.admin.userId, null],
      [batch.id, agency.admin.userId, null],
    ]);
  });

  it('imports the HubSpot export, linking to shared companies there are already', async () => {
    const other = await createTestAgency(ctx.db, 'HubSpot-bureau');
    const plan = await upload(ctx.db, other.admin, 'hubspot.csv');
    expect(plan.source).toBe('hubspot');
    // The Pipedrive import above made these shared companies; HubSpot names no place, and each name is unique.
    expect(plan.summary).toMatchObject({ companies: 5, link: 4, create: 1, rejected: 1 });
    const batch = await runClientImport(ctx.db, other.admin, { fileId: plan.fileId }, at('2026-12-02T09:00:00Z'));
    expect(batch.counts).toMatchObject({ created: 1, linked: 4 });
    const placed = await records(ctx.db, other.agencyId);
    expect(placed.get('Café De Gouden Leeuw')).toMatchObject({ client_status: 'meeting', owner_id: null });
    expect(placed.get('Technisch Bureau Smit, Zonen & Co')?.client_status).toBe('won');
    expect(placed.get('Dataweb B.V.')).toMatchObject({ client_status: 'prospect', website_domain: 'dataweb.nl', expected_close_date: '2027-03-31' });
    expect(Number(placed.get('Dataweb B.V.')?.expected_value)).toBe(25000.75);
    const lost = await activities(ctx.db, other.agencyId, placed.get('Zorggroep Noorderlicht')!.id);
    expect(lost[0]).toMatchObject({ activity_type: 'imported', new_status: 'lost', description: 'Imported from HubSpot: Lost' });
    expect(lost[0]!.extra_data).toMatchObject({ lossReason: 'terms_not_acceptable', lossReasonText: 'Fees te hoog' });
    // The first agency's records are its own: untouched.
    expect((await records(ctx.db, agency.agencyId)).get('Café De Gouden Leeuw')?.owner_id).toBeNull();
  });

  it('imports a spreadsheet (XLSX) with notes; undo removes what the batch created and leaves the rest', async () => {
    const third = await createTestAgency(ctx.db, 'Spreadsheetbureau');
    // Followed before the import: the spreadsheet's Café is this shared company (same website).
    const shared = await ctx.db.insertInto('global_companies').values({ name: 'Café De Gouden Leeuw', website_domain: 'goudenleeuw.nl' }).onConflict((oc) => oc.doNothing()).returning('id').executeTakeFirst();
    const cafe = shared?.id ?? (await ctx.db.selectFrom('global_companies').select('id').where('website_domain', '=', 'goudenleeuw.nl').executeTakeFirstOrThrow()).id;
    const followed = await followCompany(ctx.db, third.recruiter, { globalCompanyId: cafe }, at('2026-11-01T09:00:00Z'));
    const before = await tables(ctx.db, third.agencyId);

    const plan = await upload(ctx.db, third.admin, 'spreadsheet.xlsx');
    expect(plan).toMatchObject({ source: 'spreadsheet', format: 'xlsx' });
    // Van 't Hek is the shared company the Pipedrive import made (same name, same place).
    expect(plan.summary).toMatchObject({ companies: 4, existing: 1, create: 2, link: 1, notes: 3, contacts: 2, rejected: 1 });
    expect(plan.rows.find((r) => r.companyName === 'Café De Gouden Leeuw')).toMatchObject({ action: 'existing', stage: 'prospect' });
    const batch = await runClientImport(ctx.db, third.admin, { fileId: plan.fileId }, at('2026-12-03T09:00:00Z'));
    expect(batch.counts).toMatchObject({ created: 2, linked: 1, existing: 1, contacts: 2, notes: 3 });
    const placed = await records(ctx.db, third.agencyId);
    expect(placed.get("Bouwbedrijf Van 't Hek")).toMatchObject({ client_status: 'contacted', owner_id: null });
    expect(Number(placed.get("Bouwbedrijf Van 't Hek")?.expected_value)).toBe(12500);
    // The record followed before keeps its stage and owner, and gains the file's contact and note.
    expect(placed.get('Café De Gouden Leeuw')).toMatchObject({ id: followed.company.id, client_status: 'prospect', owner_id: third.recruiter.userId });
    const cafeTimeline = await activities(ctx.db, third.agencyId, followed.company.id);
    expect(cafeTimeline.filter((a) => a.activity_type === 'note').map((a) => a.description)).toEqual(['Terras open vanaf april, 20 koks nodig']);
    expect(await contactsOf(ctx.db, third.agencyId, followed.company.id)).toEqual(['Jeroen Bakker <>']);
    const hek = await activities(ctx.db, third.agencyId, placed.get("Bouwbedrijf Van 't Hek")!.id);
    expect(hek.map((a) => a.activity_type)).toEqual(['imported', 'contact_detail_added', 'note']);

    await expectConsistentHistory(ctx.db, third.agencyId);
    const undone = await undoClientImport(ctx.db, third.admin, { batchId: batch.id }, at('2026-12-04T09:00:00Z'));
    expect(undone).toMatchObject({ undoneBy: { id: third.admin.userId }, counts: { unfollowed: 3, contactsRemoved: 2, notesKept: 1 } });
    const after = await records(ctx.db, third.agencyId);
    expect([...after.keys()]).toEqual(['Café De Gouden Leeuw']);
    expect(after.get('Café De Gouden Leeuw')).toMatchObject({ client_status: 'prospect', owner_id: third.recruiter.userId });
    expect(await contactsOf(ctx.db, third.agencyId, followed.company.id)).toEqual([]);
    const state = await tables(ctx.db, third.agencyId);
    // What is left: the unfollowed records (soft-deleted, with their history) and the kept note; no keys.
    expect(state.keys).toBe(0);
    expect(state.contacts).toBe(before.contacts);
    expect(state.statuses.filter((s) => s.deleted_at === null)).toEqual(before.statuses);
    // Undo twice changes nothing; importing again imports again.
    await undoClientImport(ctx.db, third.admin, { batchId: batch.id }, at('2026-12-04T10:00:00Z'));
    expect(await tables(ctx.db, third.agencyId)).toEqual(state);
    const again = await dryRunClientImport(ctx.db, third.admin, { fileId: plan.fileId });
    expect(again.summary).toMatchObject({ link: 3, existing: 1, skip: 0 });
  });

  it('keeps files and batches to their agency, and lets only admins import', async () => {
    const mine = await createTestAgency(ctx.db, 'Eigen bureau');
    const theirs = await createTestAgency(ctx.db, 'Ander bureau');
    const plan = await upload(ctx.db, mine.admin, 'spreadsheet.csv');
    const { batch, run } = await startClientImport(ctx.db, mine.admin, { fileId: plan.fileId });
    expect(batch).toMatchObject({ status: 'running', processed: 0, total: 4 });
    await run();
    expect(await readClientImport(ctx.db, mine.admin, { batchId: batch.id })).toMatchObject({ status: 'done', processed: 4 });
    const before = await tables(ctx.db, mine.agencyId);
    const notFound = { code: 'NOT_FOUND' };
    await expect(dryRunClientImport(ctx.db, theirs.admin, { fileId: plan.fileId })).rejects.toMatchObject(notFound);
    await expect(startClientImport(ctx.db, theirs.admin, { fileId: plan.fileId })).rejects.toMatchObject(notFound);
    await expect(readClientImport(ctx.db, theirs.admin, { batchId: batch.id })).rejects.toMatchObject(notFound);
    await expect(undoClientImport(ctx.db, theirs.admin, { batchId: batch.id })).rejects.toMatchObject(notFound);
    expect(await listClientImports(ctx.db, theirs.admin)).toEqual([]);
    for (const actor of [mine.manager, mine.recruiter, mine.viewer]) {
      const forbidden = { code: 'FORBIDDEN' };
      await expect(uploadClientImportFile(ctx.db, actor, { content: fixture('spreadsheet.csv') })).rejects.toMatchObject(forbidden);
      await expect(dryRunClientImport(ctx.db, actor, { fileId: plan.fileId })).rejects.toMatchObject(forbidden);
      await expect(startClientImport(ctx.db, actor, { fileId: plan.fileId })).rejects.toMatchObject(forbidden);
      await expect(listClientImports(ctx.db, actor)).rejects.toMatchObject(forbidden);
      await expect(readClientImport(ctx.db, actor, { batchId: batch.id })).rejects.toMatchObject(forbidden);
      await expect(undoClientImport(ctx.db, actor, { batchId: batch.id })).rejects.toMatchObject(forbidden);
    }
    expect(await tables(ctx.db, mine.agencyId)).toEqual(before);
  });

  it('refuses a mapping to a stage, user or column there is not, and an unreadable file, writing nothing', async () => {
    const plan = await upload(ctx.db, agency.admin, 'pipedrive.csv');
    const before = await tables(ctx.db, agency.agencyId);
    const validation = (path: string) => ({ code: 'VALIDATION', data: { issues: [expect.objectContaining({ path })] } });
    await expect(startClientImport(ctx.db, agency.admin, { fileId: plan.fileId, stages: { 'Lead In': 'nergens' } })).rejects.toMatchObject(validation('stages.Lead In'));
    await expect(startClientImport(ctx.db, agency.admin, { fileId: plan.fileId, owners: { 'Sanne de Vries': agency.agencyId } })).rejects.toMatchObject(validation('owners.Sanne de Vries'));
    await expect(dryRunClientImport(ctx.db, agency.admin, { fileId: plan.fileId, columns: { Onbekend: 'city' } })).rejects.toMatchObject(validation('columns.Onbekend'));
    await expect(uploadClientImportFile(ctx.db, agency.admin, { content: Buffer.from('alleen een kop\n') })).rejects.toMatchObject(validation('file'));
    expect(await tables(ctx.db, agency.agencyId)).toEqual(before);
  });
});
