import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../test/support/databases.js';
import { createTestAgency, type TestAgency } from '../../test/support/fixtures.js';
import { refusal } from '../../test/support/pipelines.js';
import { deleteCompanyView } from './delete-company-view.js';
import { listCompanyViews } from './list-company-views.js';
import { saveCompanyView } from './save-company-view.js';
import { updateCompanyView } from './update-company-view.js';

/*
 * Saved views of the companies page: a user's own stay theirs, shared ones
 * are seen by the whole agency and changed only by their owner or an admin,
 * and another agency sees none of them.
 */

const settings = { filter: { favorite: true, stage: ['prospect'], field: ['sector:bouw'] }, sort: 'name' as const, direction: 'asc' as const, columns: ['name', 'stage', 'field.sector'] };

describeEachDatabase('saved views of the companies page', (ctx) => {
  let agency: TestAgency;
  let other: TestAgency;
  let mine: string;
  let shared: string;

  beforeAll(async () => {
    agency = await createTestAgency(ctx.db, 'Weergavebureau');
    other = await createTestAgency(ctx.db, 'Ander weergavebureau');
    mine = (await saveCompanyView(ctx.db, agency.recruiter, { name: 'Mijn favorieten', settings })).id;
    shared = (await saveCompanyView(ctx.db, agency.recruiter, { name: 'Team prospects', shared: true, settings })).id;
  });

  const names = async (actor: TestAgency['admin']) => (await listCompanyViews(ctx.db, actor)).items.map((view) => view.name);

  it("shows a user their own views and the agency's shared ones, never another agency's", async () => {
    const own = await listCompanyViews(ctx.db, agency.recruiter);
    expect(own.items.map((view) => [view.name, view.mine, view.canEdit, view.shared])).toEqual([
      ['Mijn favorieten', true, true, false],
      ['Team prospects', true, true, true],
    ]);
    expect(own.items[0]!.settings).toEqual(settings);
    expect(own.items[0]!.ownerName).toBe('recruiter Weergavebureau');
    expect(await names(agency.manager)).toEqual(['Team prospects']);
    expect((await listCompanyViews(ctx.db, agency.manager)).items[0]).toMatchObject({ mine: false, canEdit: false });
    expect((await listCompanyViews(ctx.db, agency.admin)).items[0]).toMatchObject({ mine: false, canEdit: true });
    expect(await names(other.admin)).toEqual([]);
  });

  it("refuses a colleague's changes to a shared view, hides a private one, and lets an admin tidy up", async () => {
    expect(await refusal(updateCompanyView(ctx.db, agency.manager, { viewId: shared, name: 'Gekaapt' }))).toMatchObject({ code: 'FORBIDDEN' });
    expect(await refusal(deleteCompanyView(ctx.db, agency.manager, { viewId: shared }))).toMatchObject({ code: 'FORBIDDEN' });
    expect(await refusal(updateCompanyView(ctx.db, agency.manager, { viewId: mine, shared: true }))).toMatchObject({ code: 'NOT_FOUND', data: { entity: 'CompanyView' } });
    expect(await refusal(deleteCompanyView(ctx.db, agency.admin, { viewId: mine }))).toMatchObject({ code: 'NOT_FOUND' });
    for (const attempt of [updateCompanyView(ctx.db, other.admin, { viewId: shared, name: 'Van ons' }), deleteCompanyView(ctx.db, other.admin, { viewId: shared })]) {
      expect(await refusal(attempt)).toMatchObject({ code: 'NOT_FOUND' });
    }
    expect(await names(agency.recruiter)).toEqual(['Mijn favorieten', 'Team prospects']);

    const renamed = await updateCompanyView(ctx.db, agency.admin, { viewId: shared, name: 'Prospects van het team' });
    expect(renamed).toMatchObject({ name: 'Prospects van het team', ownerId: agency.recruiter.userId, shared: true });
    expect(renamed.updatedAt.getTime()).toBeGreaterThanOrEqual(renamed.createdAt.getTime());
  });

  it('lets the owner rename, share, change and delete their view', async () => {
    const id = (await saveCompanyView(ctx.db, agency.viewer, { name: 'Tijdelijk', settings: { filter: {}, columns: [] } })).id;
    const changed = await updateCompanyView(ctx.db, agency.viewer, { viewId: id, name: 'Blijvend', shared: true, settings: { filter: { onHold: true }, columns: ['name'] } });
    expect(changed).toMatchObject({ name: 'Blijvend', shared: true, settings: { filter: { onHold: true }, columns: ['name'] } });
    expect(await names(agency.manager)).toContain('Blijvend');
    await updateCompanyView(ctx.db, agency.viewer, { viewId: id, shared: false });
    expect(await names(agency.manager)).not.toContain('Blijvend');
    await deleteCompanyView(ctx.db, agency.viewer, { viewId: id });
    expect(await names(agency.viewer)).not.toContain('Blijvend');
  });

  it('refuses settings the list could not read, naming the field', async () => {
    for (const [bad, path] of [
      [{ filter: { ownerId: 'iemand' }, columns: [] }, 'settings.filter.ownerId'],
      [{ filter: { stage: ['Prospect!'] }, columns: [] }, 'settings.filter.stage'],
      [{ filter: {}, columns: ['naam; drop table'] }, 'settings.columns.0'],
      [{ filter: {}, sort: 'stad', columns: [] }, 'settings.sort'],
      [{ filter: { favorite: 'ja' }, columns: [] }, 'settings.filter.favorite'],
    ] as const) {
      const error = await refusal(saveCompanyView(ctx.db, agency.recruiter, { name: 'Fout', settings: bad as never }));
      expect(error).toMatchObject({ code: 'VALIDATION', data: { issues: [expect.objectContaining({ path })] } });
    }
    expect(await refusal(updateCompanyView(ctx.db, agency.recruiter, { viewId: mine }))).toMatchObject({ code: 'VALIDATION' });
  });
});
