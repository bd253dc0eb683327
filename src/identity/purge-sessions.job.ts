import type { Job } from '../platform/jobs/job.js';
import { purgeExpiredSessions } from './purge-expired-sessions.js';

/** Expired sessions, deleted hourly so the table holds only live ones. */
export const purgeSessionsJob: Job = {
  name: 'purge-sessions',
  everyMinutes: 60,
  async run(db, clock) {
    return { sessions: await purgeExpiredSessions(db, clock) };
  },
};
