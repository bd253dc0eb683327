import { notifyNewJobs } from './notify-new-jobs.js';
import type { Job } from '../platform/jobs/job.js';

/** New-job notifications (SPEC R7.1): every minute, and right after an import of jobs (`runJobNow`). */
export const notifyNewJobsJob: Job = {
  name: 'notify-new-jobs',
  everyMinutes: 1,
  async run(db, clock) {
    const { jobs, news, notifications } = await notifyNewJobs(db, clock);
    return { jobs, news, notifications };
  },
};
