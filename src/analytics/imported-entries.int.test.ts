import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../test/support/databases.js';
import { createGlobalCompany, createTestAgency, type TestAgency } from '../../test/support/fixtures.js';
import { addContact } from '../clients/add-contact.js';
import { followCompany } from '../clients/follow-company.js';
import { runClientImport, undoClientImport, uploadClientImportFile } from '../client-import/index.js';
import { defaultPipeline } from '../pipeline/index.js';
import { readPipelineAnalytics } from './read-pipeline-analytics.js';
import { readRoutine } from './read-routine.js';
import { readTeamActivity } from './read-team-activity.js';
import { stageLogCaches } from './stage-log-cache.js';
import { readStageLogs } from './stage-log.js';

/*
 * A migration import places records straight in their stages with one
 * `imported` entry (src/client-import). The dashboard counts them from the
 * import: they enter their stage then (like a record moved in from another
 * pipeline), won and lost ones count as outcomes then, and before the
 * import they were not there at all. The team view credits no one with
 * them: an import brings in work done elsewhere, not the period's work
 * of the admin who ran it (docs/pipelines.md, "Imported records").
 */
const day = (n: number) => new Date(Date.UTC(2026, 0, 1 + n));
const on = (n: number) => () => day(n);
const IMPORT_DAY = 100;

describeEachDatabase('imported records in the dashboard', (ctx) => {
  let agency: TestAgency;
  beforeAll(async () => {
    agency = await createTestAgency(ctx.db, 'Geïmporteerd bureau');
    await followCompany(ctx.db, agency.admin, { globalCompanyId: await createGlobalCompany(ctx.db) }, on(10));
    const content = Buffer.from('Naam;Plaats;Fase;Reden verlies\nAlfa Zorg B.V.;Zwolle;Vergadering;\nBeta Bouw;Utrecht;Gewonnen;\nGamma Groep;Delft;Verloren;Budget bevroren\n');
    const plan = await uploadClientImportFile(ctx.db, agency.admin, { fileName: 'klanten.csv', content }, on(IMPORT_DAY));
    await runClientImport(ctx.db, agency.admin, { fileId: plan.fileId }, on(IMPORT_DAY));
  });

  it('replays an imported entry as entering its stage at the import', async () => {
    const pipeline = await defaultPipeline(ctx.db, agency.agencyId);
    const logs = await readStageLogs(ctx.db, agency.agencyId, { pipelineId: pipeline.id });
    const imported = logs.filter((log) => log.events[0]!.at.getTime() === day(IMPORT_DAY).getTime());
    expect(imported.map((log) => log.events)).toEqual(
      expect.arrayContaining([
        [{ kind: 'entered', at: day(IMPORT_DAY), stage: 'meeting', lossReason: null }],
        [{ kind: 'entered', at: day(IMPORT_DAY), stage: 'won', lossReason: null }],
        [{ kind: 'entered', at: day(IMPORT_DAY), stage: 'lost', lossReason: 'budget_or_hiring_freeze' }],
      ]),
    );
  });

  it('counts imported records from the import day, with and without the cache', async () => {
    const caches = stageLogCaches(ctx.db);
    const read = (from: string, to: string, cached: boolean) => readPipelineAnalytics(ctx.db, agency.admin, { from, to }, on(200), cached ? caches : undefined);
    for (const cached of [false, true]) {
      const before = await read('2026-01-01', '2026-03-01', cached);
      expect(before.distribution.total).toBe(1);
      expect(before.winRate.total).toEqual({ won: 0, lost: 0, rate: null });
      const after = await read('2026-01-01', '2026-07-01', cached);
      expect(after.distribution.total).toBe(4);
      expect(Object.fromEntries(after.distribution.stages.map((s) => [s.stage, s.count]))).toMatchObject({ prospect: 1, meeting: 1, won: 1, lost: 1 });
      expect(after.winRate.total).toEqual({ won: 1, lost: 1, rate: 0.5 });
      expect(after.winRate.byMonth.find((m) => m.month === '2026-04')).toMatchObject({ won: 1, lost: 1 });
      expect(after.lossReasons.total.lost).toBe(1);
    }
  });

  it('credits no member with the records and contacts an import placed, while the routine lists them as work to do', async () => {
    const team = await createTestAgency(ctx.db, 'Teambureau met import');
    const { admin } = team;
    // By hand in the period: one company followed, one contact found.
    const { company } = await followCompany(ctx.db, admin, { globalCompanyId: await createGlobalCompany(ctx.db, 'Handwerk Installaties') }, on(95));
    await addContact(ctx.db, admin, { companyId: company.id, name: 'Ria Hand' }, on(96));
    // The import, by the same admin: three records, two with a contact, one an undone batch's.
    const content = Buffer.from('Naam;Plaats;Fase;Contactpersoon\nDelta Diensten;Arnhem;Prospect;Eva de Wit\nEpsilon Zorg;Ede;Gecontacteerd;Jan Bos\nZeta Bouw;Zwolle;Vergadering;\n');
    const plan = await uploadClientImportFile(ctx.db, admin, { fileName: 'klanten.csv', content }, on(IMPORT_DAY));
    const batch = await runClientImport(ctx.db, admin, { fileId: plan.fileId }, on(IMPORT_DAY));
    expect(batch.counts).toMatchObject({ created: 3, contacts: 2 });
    const undone = await uploadClientImportFile(ctx.db, admin, { fileName: 'meer.csv', content: Buffer.from('Naam;Plaats;Fase;Contactpersoon\nEta Logistiek;Venlo;Prospect;Piet Post\n') }, on(IMPORT_DAY + 1));
    await undoClientImport(ctx.db, admin, { batchId: (await runClientImport(ctx.db, admin, { fileId: undone.fileId }, on(IMPORT_DAY + 1))).id }, on(IMPORT_DAY + 2));

    const view = await readTeamActivity(ctx.db, admin, { days: 30 }, on(110));
    expect(view.totals).toMatchObject({ companiesAdded: { current: 1, previous: 0 }, contactsFound: { current: 1, previous: 0 }, statusChanges: { current: 0, previous: 0 } });
    expect(view.leaderboard.find((m) => m.userId === admin.userId)).toMatchObject({ companiesAdded: { current: 1 }, contactsFound: { current: 1 }, statusChanges: { current: 0 } });

    // The imported prospect is one to contact, with the one followed by hand; the imported Contacted one waits
    // for its follow-up from the import on.
    const routine = await readRoutine(ctx.db, admin, {}, on(110));
    expect(routine.prospects.map((p) => p.name).sort()).toEqual(['Delta Diensten', 'Handwerk Installaties']);
    expect(routine.followUps.map((f) => [f.name, f.daysWaiting, f.followUps])).toEqual([['Epsilon Zorg', 10, 0]]);
  });
});
