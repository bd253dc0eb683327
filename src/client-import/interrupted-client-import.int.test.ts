import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import type { Actor } from '../identity/domain/roles.js';
import type { Db } from '../platform/db/database.js';
import { describeEachDatabase } from '../../test/support/databases.js';
import { createTestAgency, snapshot } from '../../test/support/fixtures.js';
import { STALE_RUN_MS } from './domain/index.js';
import { listClientImports } from './list-client-imports.js';
import { readClientImport } from './read-client-import.js';
import { startClientImport } from './start-client-import.js';
import { undoClientImport } from './undo-client-import.js';
import { uploadClientImportFile } from './upload-client-import-file.js';

/*
 * A run whose server stops mid-run (docs/api.md, "Import clients"): its
 * heartbeat goes stale, every read shows its batch failed at that
 * heartbeat, undo takes it, and should the run itself come back, it writes
 * nothing more. The server's stop is a run paused between chunks (its
 * onProgress not returning), with a clock the test moves.
 */
const T = new Date('2026-12-13T10:00:00Z');
const later = (ms: number) => new Date(T.getTime() + ms);
const MINUTE = 60_000;

/** A clock the test sets. */
function testClock() {
  let now = T;
  const clock = () => now;
  return { clock, set: (at: Date) => void (now = at) };
}

/** A point a run waits at until the test opens it; `reached` resolves when the run gets there. */
function pause() {
  let arrive!: () => void;
  let open!: () => void;
  const reached = new Promise<void>((resolve) => (arrive = resolve));
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { reached, open, wait: () => (arrive(), opened) };
}

async function startPipedrive(db: Db, actor: Actor, clock: () => Date) {
  const content = readFileSync(join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'client-import', 'pipedrive.csv'));
  const plan = await uploadClientImportFile(db, actor, { fileName: 'pipedrive.csv', content }, clock);
  return { plan, started: await startClientImport(db, actor, { fileId: plan.fileId }, clock) };
}

/** The agency's live records and its import keys: what a batch's chunks leave behind. */
async function written(db: Db, agencyId: string) {
  const live = await db.selectFrom('companies').select('id').where('agency_id', '=', agencyId).where('deleted_at', 'is', null).execute();
  const keys = await db.selectFrom('client_import_keys').select('key').where('agency_id', '=', agencyId).execute();
  return { live: live.length, keys: keys.length };
}

/** The batch row as stored. */
async function stored(db: Db, agencyId: string, batchId: string) {
  return db.selectFrom('client_import_batches').select(['status', 'processed', 'heartbeat_at', 'finished_at', 'undone_at']).where('agency_id', '=', agencyId).where('id', '=', batchId).executeTakeFirstOrThrow();
}

describeEachDatabase('an interrupted client import', (ctx) => {
  it('shows a batch whose run never ran as running until the stale limit, then failed at its start; undo takes it and stores it failed', async () => {
    const agency = await createTestAgency(ctx.db, 'Stilgevallen bureau');
    const { clock, set } = testClock();
    const { started } = await startPipedrive(ctx.db, agency.admin, clock);
    const batchId = started.batch.id;
    expect(started.batch).toMatchObject({ status: 'running', processed: 0, total: 7, finishedAt: null });

    set(later(STALE_RUN_MS));
    expect(await readClientImport(ctx.db, agency.admin, { batchId }, clock)).toMatchObject({ status: 'running', finishedAt: null });
    await expect(undoClientImport(ctx.db, agency.admin, { batchId }, clock)).rejects.toMatchObject({ code: 'CONFLICT' });

    set(later(STALE_RUN_MS + 1_000));
    expect(await readClientImport(ctx.db, agency.admin, { batchId }, clock)).toMatchObject({ status: 'failed', finishedAt: T, undoneAt: null });
    expect((await listClientImports(ctx.db, agency.admin, clock)).map((b) => [b.id, b.status, b.finishedAt])).toEqual([[batchId, 'failed', T]]);
    // Only shown so far: the row still says running.
    expect(await stored(ctx.db, agency.agencyId, batchId)).toMatchObject({ status: 'running', finished_at: null });

    set(later(6 * MINUTE));
    const undone = await undoClientImport(ctx.db, agency.admin, { batchId }, clock);
    expect(undone).toMatchObject({ status: 'failed', finishedAt: T, undoneAt: later(6 * MINUTE), counts: { unfollowed: 0, contactsRemoved: 0 } });
    expect(await stored(ctx.db, agency.agencyId, batchId)).toMatchObject({ status: 'failed', finished_at: T, undone_at: later(6 * MINUTE) });
    // Stored, not only shown: read with the batch's own start time it is failed too.
    expect(await readClientImport(ctx.db, agency.admin, { batchId }, () => T)).toMatchObject({ status: 'failed', finishedAt: T });
    // The run, started after all (a late request), finds its batch undone and writes nothing.
    const before = await snapshot(ctx.db, agency.agencyId);
    expect(await started.run()).toMatchObject({ status: 'failed', processed: 0 });
    expect(await snapshot(ctx.db, agency.agencyId)).toEqual(before);
  });

  it('undoes what the chunks of a run stopped between chunks wrote; the run, resumed, writes nothing more', async () => {
    const agency = await createTestAgency(ctx.db, 'Onderbroken bureau');
    const { clock, set } = testClock();
    const { started } = await startPipedrive(ctx.db, agency.admin, clock);
    const batchId = started.batch.id;
    const stop = pause();
    const run = started.run({ chunkSize: 2, onProgress: ({ processed }) => (processed === 2 ? stop.wait() : undefined) });
    await stop.reached;
    // The first chunk committed at T (its heartbeat) and the server "stopped".
    expect(await written(ctx.db, agency.agencyId)).toEqual({ live: 2, keys: 5 });
    set(later(4 * MINUTE));
    expect(await readClientImport(ctx.db, agency.admin, { batchId }, clock)).toMatchObject({ status: 'running', processed: 2 });
    await expect(undoClientImport(ctx.db, agency.admin, { batchId }, clock)).rejects.toMatchObject({ code: 'CONFLICT' });

    set(later(20 * MINUTE));
    expect(await readClientImport(ctx.db, agency.admin, { batchId }, clock)).toMatchObject({ status: 'failed', processed: 2, finishedAt: T });
    const undone = await undoClientImport(ctx.db, agency.admin, { batchId }, clock);
    expect(undone).toMatchObject({ status: 'failed', finishedAt: T, counts: { unfollowed: 2, contactsRemoved: 3 } });
    expect(await written(ctx.db, agency.agencyId)).toEqual({ live: 0, keys: 0 });

    // The run comes back: its next chunk finds the batch undone and stops, writing nothing more.
    const after = await snapshot(ctx.db, agency.agencyId);
    stop.open();
    expect(await run).toMatchObject({ id: batchId, status: 'failed', processed: 2, finishedAt: T, undoneAt: later(20 * MINUTE) });
    expect(await snapshot(ctx.db, agency.agencyId)).toEqual(after);
    expect(await written(ctx.db, agency.agencyId)).toEqual({ live: 0, keys: 0 });
    expect(await stored(ctx.db, agency.agencyId, batchId)).toMatchObject({ status: 'failed', processed: 2, finished_at: T });
  });

  it('keeps a slow run that beats within the limit running to the end; one paused past it stops as failed, and running the file again finishes it', async () => {
    const agency = await createTestAgency(ctx.db, 'Traag bureau');
    const { clock, set } = testClock();
    // A chunk every four minutes: slow, never stale.
    const slow = await startPipedrive(ctx.db, agency.admin, clock);
    let at = T;
    const done = await slow.started.run({ chunkSize: 2, onProgress: () => set((at = new Date(at.getTime() + 4 * MINUTE))) });
    expect(done).toMatchObject({ status: 'done', processed: 7, finishedAt: later(16 * MINUTE) });
    await undoClientImport(ctx.db, agency.admin, { batchId: done.id }, clock);

    // Paused six minutes after its first chunk, not undone: it finds itself shown failed, stores that and stops.
    set(T);
    const paused = await startPipedrive(ctx.db, agency.admin, clock);
    const stopped = await paused.started.run({ chunkSize: 2, onProgress: ({ processed }) => (processed === 2 ? set(later(6 * MINUTE)) : undefined) });
    expect(stopped).toMatchObject({ status: 'failed', processed: 2, finishedAt: T, undoneAt: null });
    expect(await stored(ctx.db, agency.agencyId, stopped.id)).toMatchObject({ status: 'failed', processed: 2, finished_at: T });
    expect(await written(ctx.db, agency.agencyId)).toEqual({ live: 2, keys: 5 });

    // The same file again: what the stopped run wrote is found (skipped), the rest is imported.
    const again = await startPipedrive(ctx.db, agency.admin, clock);
    const rest = await again.started.run();
    expect(rest).toMatchObject({ status: 'done', processed: 7, counts: { skipped: 2 } });
    expect(rest.counts.created + rest.counts.linked).toBe(5);
    expect((await written(ctx.db, agency.agencyId)).live).toBe(7);
  });
});
