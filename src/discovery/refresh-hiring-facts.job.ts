import { HOTNESS_WINDOW_DAYS } from './domain/hotness.js';
import { refreshHiringFacts } from './refresh-hiring-facts.js';
import type { Job } from '../platform/jobs/job.js';
import { DAY_MS } from '../platform/time/days.js';

const CHUNK = 1000;

/**
 * Hotness and open jobs change with time alone: postings leave the 30-day
 * windows, jobs pass their closing date. This recomputes every company whose
 * facts time can still change: one with open jobs, a hotness above zero, or
 * a posting inside the two windows.
 */
export const refreshHiringFactsJob: Job = {
  name: 'refresh-hiring-facts',
  everyMinutes: 6 * 60,
  async run(db, clock) {
    const since = new Date(clock().getTime() - 2 * HOTNESS_WINDOW_DAYS * DAY_MS);
    let after = '00000000-0000-0000-0000-000000000000';
    let companies = 0;
    for (;;) {
      const ids = await db
        .selectFrom('global_companies')
        .select('id')
        .where('id', '>', after)
        .where((eb) => eb.or([eb('open_jobs', '>', 0), eb('hotness', '>', 0), eb('last_posted_at', '>=', since), eb('no_agencies', '=', true)]))
        .orderBy('id')
        .limit(CHUNK)
        .execute();
      if (ids.length === 0) break;
      await refreshHiringFacts(db, ids.map((row) => row.id), clock);
      companies += ids.length;
      after = ids.at(-1)!.id;
    }
    return { companies };
  },
};

