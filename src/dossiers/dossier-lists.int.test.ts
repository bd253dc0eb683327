import { Migrator, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeEachDatabase } from '../../test/support/databases.js';
import { createTestAgency, type TestAgency } from '../../test/support/fixtures.js';
import { connect } from '../platform/db/connect.js';
import type { Db } from '../platform/db/database.js';
import { migrationProvider } from '../platform/db/migrations/index.js';
import { defaultPipeline } from '../pipeline/index.js';
import { createDossier } from './create-dossier.js';
import { createDossierListValue } from './create-dossier-list-value.js';
import { deleteDossierListValue } from './delete-dossier-list-value.js';
import { listDossierLists } from './list-dossier-lists.js';
import { readDossier } from './read-dossier.js';
import { updateDossier } from './update-dossier.js';
import { updateDossierListValue } from './update-dossier-list-value.js';

const refusal = (promise: Promise<unknown>) => promise.then(() => expect.fail('expected a refusal'), (error: unknown) => error as { code: string; message: string; data?: unknown });

/*
 * Source, priority and category as lists the agency edits: seeded for
 * every agency, managed by admins, a dossier holds only a value of its
 * agency's list (a field error otherwise, and the database refuses it too),
 * a rename leaves the dossiers as they are, a value in use stays.
 */
describeEachDatabase('dossier lists', (ctx) => {
  let agency: TestAgency;
  beforeAll(async () => {
    agency = await createTestAgency(ctx.db, 'Lijsten');
  });

  it('gives every agency the built-in values, named in Dutch and English', async () => {
    const lists = await listDossierLists(ctx.db, agency.viewer);
    expect(lists.priority).toEqual([
      { key: 'low', name: { nl: 'Laag', en: 'Low' }, position: 0 },
      { key: 'normal', name: { nl: 'Normaal', en: 'Normal' }, position: 1 },
      { key: 'high', name: { nl: 'Hoog', en: 'High' }, position: 2 },
    ]);
    expect(lists.source.map((value) => value.key)).toEqual(['website', 'referral', 'linkedin', 'event', 'cold_outreach', 'existing_client']);
    expect(lists.category.map((value) => value.key)).toEqual(['permanent', 'interim', 'rpo', 'executive_search']);
  });

  it('lets admins add, rename, reorder and delete values; others are refused', async () => {
    const fair = await createDossierListValue(ctx.db, agency.admin, { list: 'source', name: { nl: 'Vakbeurs', en: 'Trade fair' }, position: 9 });
    expect(fair).toEqual({ key: 'trade_fair', name: { nl: 'Vakbeurs', en: 'Trade fair' }, position: 9 });
    expect(await refusal(createDossierListValue(ctx.db, agency.admin, { list: 'source', name: { nl: 'Beurs', en: 'Trade fair' } }))).toMatchObject({ code: 'CONFLICT' });
    expect(await refusal(createDossierListValue(ctx.db, agency.recruiter, { list: 'source', name: { nl: 'X', en: 'X' } }))).toMatchObject({ code: 'FORBIDDEN' });
    expect(await refusal(createDossierListValue(ctx.db, agency.admin, { list: 'colour' as 'source', name: { nl: 'X', en: 'X' } }))).toMatchObject({ code: 'VALIDATION' });

    const lead = await createDossier(ctx.db, agency.recruiter, { kind: 'lead', title: 'Van de beurs', source: 'trade_fair', priority: 'high' });
    const renamed = await updateDossierListValue(ctx.db, agency.admin, { list: 'source', key: 'trade_fair', name: { nl: 'Jaarbeurs', en: 'Fair' }, position: 0 });
    expect(renamed).toEqual({ key: 'trade_fair', name: { nl: 'Jaarbeurs', en: 'Fair' }, position: 0 });
    expect(await readDossier(ctx.db, agency.viewer, { dossierId: lead.id })).toMatchObject({ source: 'trade_fair' });
    expect(await refusal(updateDossierListValue(ctx.db, agency.recruiter, { list: 'source', key: 'trade_fair', position: 1 }))).toMatchObject({ code: 'FORBIDDEN' });

    // In use: refused, and the database would refuse it too.
    expect(await refusal(deleteDossierListValue(ctx.db, agency.admin, { list: 'source', key: 'trade_fair' }))).toMatchObject({ code: 'CONFLICT', message: 'Dossiers have this value: give them another one first.' });
    await expect(ctx.db.deleteFrom('dossier_list_values').where('agency_id', '=', agency.agencyId).where('key', '=', 'trade_fair').execute()).rejects.toThrow();
    await updateDossier(ctx.db, agency.recruiter, { dossierId: lead.id, source: null });
    await deleteDossierListValue(ctx.db, agency.admin, { list: 'source', key: 'trade_fair' });
    expect((await listDossierLists(ctx.db, agency.viewer)).source.map((value) => value.key)).not.toContain('trade_fair');
    expect(await refusal(deleteDossierListValue(ctx.db, agency.admin, { list: 'source', key: 'trade_fair' }))).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('refuses a value that is not in the list as a field error and changes nothing; the database refuses it too', async () => {
    const lead = await createDossier(ctx.db, agency.recruiter, { kind: 'lead', title: 'Lijstwaarden', category: 'interim' });
    const error = await refusal(updateDossier(ctx.db, agency.recruiter, { dossierId: lead.id, category: 'freelance', priority: 'urgent' }));
    expect(error).toMatchObject({ code: 'VALIDATION' });
    expect(JSON.stringify(error.data)).toContain('category');
    expect(JSON.stringify(error.data)).toContain('priority');
    expect(await readDossier(ctx.db, agency.viewer, { dossierId: lead.id })).toMatchObject({ category: 'interim', priority: null });
    expect(await refusal(createDossier(ctx.db, agency.recruiter, { kind: 'lead', title: 'Onbekend', source: 'Beurs' }))).toMatchObject({ code: 'VALIDATION' });
    // A priority key is no category: each list is its own.
    expect(await refusal(createDossier(ctx.db, agency.recruiter, { kind: 'lead', title: 'Verkeerde lijst', category: 'high' }))).toMatchObject({ code: 'VALIDATION' });
    await expect(ctx.db.updateTable('dossiers').set({ source: 'nergens' }).where('id', '=', lead.id).execute()).rejects.toThrow();
  });
});

/*
 * Migration 2026-12-15T1000-dossier-lists: the free text dossiers held
 * before becomes values of the lists under the same key, so no dossier
 * loses its source, priority or category.
 */
describe('the dossier lists migration', () => {
  let db: Db;
  let migrator: Migrator;
  let agency: TestAgency;
  beforeAll(async () => {
    db = await connect({ kind: 'pglite' });
    migrator = new Migrator({ db, provider: migrationProvider, migrationTableSchema: 'public' });
    const before = await migrator.migrateTo('2026-12-14T1100-automation');
    if (before.error) throw before.error;
    agency = await createTestAgency(db, 'Upgraded agency');
  });
  afterAll(() => db.destroy());

  it('keeps every free-text value as a value of its list, after the built-in ones', async () => {
    const pipeline = await defaultPipeline(db, agency.agencyId, 'leads');
    const insert = (title: string, source: string | null, priority: string | null, category: string | null, at: string) =>
      sql`insert into dossiers (agency_id, kind, title, source, priority, category, pipeline_id, stage, stage_changed_at, created_at)
        values (${agency.agencyId}, 'lead', ${title}, ${source}, ${priority}, ${category}, ${pipeline.id}, 'new', ${at}, ${at})`.execute(db);
    await insert('Oud 1', 'Vakbeurs 2026', 'Urgent', null, '2026-12-01T09:00:00Z');
    await insert('Oud 2', 'linkedin', 'high', 'Detachering', '2026-12-02T09:00:00Z');
    await insert('Oud 3', 'Vakbeurs 2026', null, null, '2026-12-03T09:00:00Z');

    const result = await migrator.migrateTo('2026-12-15T1000-dossier-lists');
    if (result.error) throw result.error;
    const lists = await listDossierLists(db, agency.viewer);
    expect(lists.source.map((value) => value.key)).toEqual(['website', 'referral', 'linkedin', 'event', 'cold_outreach', 'existing_client', 'Vakbeurs 2026']);
    expect(lists.source.at(-1)).toEqual({ key: 'Vakbeurs 2026', name: { nl: 'Vakbeurs 2026', en: 'Vakbeurs 2026' }, position: 101 });
    expect(lists.priority.map((value) => value.key)).toEqual(['low', 'normal', 'high', 'Urgent']);
    expect(lists.category.map((value) => value.key)).toContain('Detachering');
    const rows = await db.selectFrom('dossiers').select(['title', 'source', 'priority', 'category']).where('agency_id', '=', agency.agencyId).orderBy('title').execute();
    expect(rows).toEqual([
      { title: 'Oud 1', source: 'Vakbeurs 2026', priority: 'Urgent', category: null },
      { title: 'Oud 2', source: 'linkedin', priority: 'high', category: 'Detachering' },
      { title: 'Oud 3', source: 'Vakbeurs 2026', priority: null, category: null },
    ]);
    // A new agency gets the built-in lists by the trigger.
    const later = await createTestAgency(db, 'Later');
    expect((await listDossierLists(db, later.viewer)).category.map((value) => value.key)).toEqual(['permanent', 'interim', 'rpo', 'executive_search']);
  });
});
