import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../test/support/databases.js';
import { createTestAgency, type TestAgency } from '../../test/support/fixtures.js';
import { runJobs } from '../platform/jobs/run-jobs.js';
import { DAY_MS } from '../platform/time/days.js';
import { purgeClientImportFilesJob } from './purge-client-import-files.job.js';
import { uploadClientImportFile } from './upload-client-import-file.js';

const NOW = new Date('2026-12-13T12:00:00Z');
const ago = (ms: number) => () => new Date(NOW.getTime() - ms);
const CONTENT = Buffer.from('Naam;Plaats;Fase\nOpruimklant B.V.;Utrecht;Prospect\n');

describeEachDatabase('purging uploaded client-import files', (ctx) => {
  it('deletes every agency’s files older than a day, keeps the rest, and does nothing more when run again', async () => {
    // Written as an upload leaves them, each at its age (an upload would remove its agency's older ones itself).
    const stored = async (agency: TestAgency, name: string, age: number) =>
      ctx.db
        .insertInto('client_import_files')
        .values({ agency_id: agency.agencyId, file_name: name, format: 'csv', content: CONTENT, created_by: agency.admin.userId, created_at: ago(age)() })
        .execute();
    const files = async (agency: TestAgency) =>
      (await ctx.db.selectFrom('client_import_files').select('file_name').where('agency_id', '=', agency.agencyId).orderBy('file_name').execute()).map((f) => f.file_name);
    const one = await createTestAgency(ctx.db, 'Opruimbureau een');
    const two = await createTestAgency(ctx.db, 'Opruimbureau twee');
    await stored(one, 'een-week.csv', 7 * DAY_MS);
    await stored(two, 'twee-dag-en-uur.csv', DAY_MS + 3_600_000);
    await stored(one, 'een-dag-en-seconde.csv', DAY_MS + 1_000);
    await stored(two, 'twee-precies-een-dag.csv', DAY_MS);
    await stored(one, 'een-uur.csv', 3_600_000);
    await stored(two, 'twee-net.csv', 0);
    expect([...(await files(one)), ...(await files(two))]).toHaveLength(6);

    const [first] = await runJobs(ctx.db, { jobs: [purgeClientImportFilesJob], clock: () => NOW, force: true });
    expect(first).toMatchObject({ status: 'ran', result: { files: 3 } });
    expect(await files(one)).toEqual(['een-uur.csv']);
    expect(await files(two)).toEqual(['twee-net.csv', 'twee-precies-een-dag.csv']);
    // A fresh upload is kept by the next run.
    await uploadClientImportFile(ctx.db, two.admin, { fileName: 'nog-een.csv', content: CONTENT }, () => NOW);

    const [again] = await runJobs(ctx.db, { jobs: [purgeClientImportFilesJob], clock: () => NOW, force: true });
    expect(again).toMatchObject({ status: 'ran', result: { files: 0 } });
    expect(await files(one)).toEqual(['een-uur.csv']);
    expect(await files(two)).toEqual(['nog-een.csv', 'twee-net.csv', 'twee-precies-een-dag.csv']);
  });
});
