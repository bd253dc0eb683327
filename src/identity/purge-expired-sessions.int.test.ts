import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../test/support/databases.js';
import { createTestAgency } from '../../test/support/fixtures.js';
import { runJobs } from '../platform/jobs/run-jobs.js';
import { purgeSessionsJob } from './purge-sessions.job.js';
import { DAY_MS } from '../platform/time/days.js';


describeEachDatabase('purging expired sessions', (ctx) => {
  it('deletes the sessions that have expired, keeps the others, and does nothing more when run again', async () => {
    const agency = await createTestAgency(ctx.db, 'Opruimen');
    const now = new Date('2026-05-01T08:00:00Z');
    const session = (name: string, expiresInDays: number) => ({
      token_hash: `purge-${name}-${ctx.database.name}-${Math.random()}`,
      agency_id: agency.agencyId,
      user_id: agency.recruiter.userId,
      created_at: new Date(now.getTime() - 14 * DAY_MS),
      expires_at: new Date(now.getTime() + expiresInDays * DAY_MS),
    });
    const rows = [session('old', -30), session('yesterday', -1), session('today', 0), session('live', 3)];
    await ctx.db.insertInto('sessions').values(rows).execute();
    const left = async () => (await ctx.db.selectFrom('sessions').select('token_hash').where('user_id', '=', agency.recruiter.userId).execute()).map((r) => r.token_hash).sort();

    const [first] = await runJobs(ctx.db, { jobs: [purgeSessionsJob], clock: () => now, force: true });
    expect(first).toMatchObject({ status: 'ran', result: { sessions: 3 } });
    expect(await left()).toEqual([rows[3]!.token_hash]);

    const [again] = await runJobs(ctx.db, { jobs: [purgeSessionsJob], clock: () => now, force: true });
    expect(again).toMatchObject({ status: 'ran', result: { sessions: 0 } });
    expect(await left()).toEqual([rows[3]!.token_hash]);
  });
});
