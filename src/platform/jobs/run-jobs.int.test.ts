import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../../test/support/databases.js';
import { importRows } from '../../../test/support/discovery-data.js';
import type { Job } from './job.js';
import { runJobs } from './run-jobs.js';
import { refreshHiringFactsJob } from '../../discovery/refresh-hiring-facts.job.js';
import { DAY_MS } from '../time/days.js';


describeEachDatabase('periodic jobs', (ctx) => {
  // PostgreSQL: the job runs on a connection of its own, holding the job's advisory lock.
  it('fails as one error when the job\'s connection is lost after the run, leaving no rejection unhandled', async () => {
    if (ctx.database.name !== 'postgres') return;
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      const job: Job = {
        name: `lost-${Math.random().toString(36).slice(2, 8)}`,
        everyMinutes: 60,
        // The run itself succeeds; then its connection is gone, so recording the result and the unlock both fail.
        async run(connection) {
          const { rows } = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(connection);
          await sql`select pg_terminate_backend(${rows[0]!.pid})`.execute(ctx.db);
          await new Promise((resolve) => setTimeout(resolve, 100));
          return {};
        },
      };
      await expect(runJobs(ctx.db, { jobs: [job], force: true })).rejects.toThrow(/unavailable/);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });

  it('lets hotness cool down as postings age, without new imports', async () => {
    const t = Math.random().toString(36).slice(2, 8);
    const importedOn = new Date('2026-06-01T12:00:00Z');
    await importRows(ctx.db, 'companies', [{ name: `Koelt ${t}`, website: `koelt-${t}.nl` }], importedOn);
    await importRows(
      ctx.db,
      'jobs',
      [{ company_website: `koelt-${t}.nl`, title: 'Planner', posted_at: '2026-05-30', closed_at: '2026-06-20', source: 't', external_id: `koelt-${t}` }],
      importedOn,
    );
    const facts = () => ctx.db.selectFrom('global_companies').select(['hotness', 'open_jobs']).where('website_domain', '=', `koelt-${t}.nl`).executeTakeFirstOrThrow();
    // One recent posting, open: 100 · (1 − e^(−1.5/5)) · (0.75 + 0.25 · 1) = 26.
    expect(await facts()).toEqual({ hotness: 26, open_jobs: 1 });

    // Seventy days on, the job has closed and the posting left both windows.
    await runJobs(ctx.db, { clock: () => new Date(importedOn.getTime() + 70 * DAY_MS), force: true, jobs: [refreshHiringFactsJob] });
    expect(await facts()).toEqual({ hotness: 0, open_jobs: 0 });
  });

  it('runs a job when due, records it, and never twice at once', async () => {
    let runs = 0;
    const name = `counting-${Math.random().toString(36).slice(2, 8)}`;
    const job: Job = {
      name,
      everyMinutes: 60,
      async run() {
        runs++;
        await new Promise((resolve) => setTimeout(resolve, 50));
        return { runs };
      },
    };
    const at = (minutes: number) => () => new Date(Date.UTC(2026, 10, 23, 8, minutes));
    const both = await Promise.all([runJobs(ctx.db, { clock: at(0), jobs: [job] }), runJobs(ctx.db, { clock: at(0), jobs: [job] })]);
    expect(both.flat().filter((outcome) => outcome.status === 'ran')).toHaveLength(1);
    expect(runs).toBe(1);
    expect((await runJobs(ctx.db, { clock: at(30), jobs: [job] }))[0]!.status).toBe('not due');
    expect((await runJobs(ctx.db, { clock: at(61), jobs: [job] }))[0]).toEqual({ name, status: 'ran', result: { runs: 2 } });
    const row = await ctx.db.selectFrom('job_runs').selectAll().where('name', '=', name).executeTakeFirstOrThrow();
    expect(row.last_result).toEqual({ runs: 2 });
  });

  it('leaves the database to other work while a job runs (PGlite: its one connection is not held for the job)', async () => {
    // The job waits for a query made from outside while it runs: a runner holding the connection
    // for the whole job would wait for it forever (the test times out).
    let started!: () => void;
    const running = new Promise<void>((resolve) => (started = resolve));
    let handOver!: (query: Promise<unknown[]>) => void;
    const outside = new Promise<Promise<unknown[]>>((resolve) => (handOver = resolve));
    const job: Job = {
      name: `patient-${Math.random().toString(36).slice(2, 8)}`,
      everyMinutes: 60,
      async run(db) {
        await db.selectFrom('job_runs').select('name').execute();
        started();
        return { outside: (await (await outside)).length };
      },
    };
    const outcome = runJobs(ctx.db, { force: true, jobs: [job] });
    await running;
    handOver(ctx.db.selectFrom('job_runs').select('name').where('name', '=', job.name).execute());
    expect(await outcome).toEqual([{ name: job.name, status: 'ran', result: { outside: 1 } }]);
  }, 10_000);

  it('runs a job once at a time in this process, and again once it is done', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let runs = 0;
    const job: Job = {
      name: `held-${Math.random().toString(36).slice(2, 8)}`,
      everyMinutes: 60,
      async run() {
        runs++;
        await held;
        return { runs };
      },
    };
    const first = runJobs(ctx.db, { force: true, jobs: [job] });
    await expect.poll(() => runs).toBe(1);
    expect(await runJobs(ctx.db, { force: true, jobs: [job] })).toEqual([{ name: job.name, status: 'busy' }]);
    release();
    expect((await first)[0]).toMatchObject({ status: 'ran' });
    expect((await runJobs(ctx.db, { force: true, jobs: [job] }))[0]).toMatchObject({ status: 'ran', result: { runs: 2 } });
  }, 10_000);
});
