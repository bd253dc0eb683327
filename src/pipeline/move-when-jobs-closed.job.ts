import { moveWhenJobsClosed } from './move-when-jobs-closed.js';
import type { Job } from '../platform/jobs/job.js';

/**
 * Clients whose jobs have all closed move on by themselves (SPEC R3.2,
 * seed 003: Active → Dormant, the pipeline's `whenJobsClosed` rule):
 * every 15 minutes, since a job closes when its closing moment passes, and
 * right after an import of jobs (`runJobNow`).
 */
export const moveWhenJobsClosedJob: Job = {
  name: 'move-when-jobs-closed',
  everyMinutes: 15,
  async run(db, clock) {
    const { companies, moved } = await moveWhenJobsClosed(db, clock);
    return { companies, moved };
  },
};
