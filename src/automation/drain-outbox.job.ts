import type { Job } from '../platform/jobs/job.js';
import { drainOutbox } from './drain-outbox.js';

/** Sends the notifications trigger rules queued in the outbox, every minute (the scheduler's tick). */
export const drainOutboxJob: Job = {
  name: 'automation-outbox',
  everyMinutes: 1,
  async run(db, clock) {
    return drainOutbox(db, clock);
  },
};
