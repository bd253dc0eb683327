import type { Job } from '../platform/jobs/job.js';
import { scanRules } from './scan-rules.js';

/**
 * Time-based and job-driven rules (idle for N days, new jobs arrived, all
 * jobs closed), under the job runner's advisory lock; each firing is unique
 * per rule, record and wait, so a second instance or run fires nothing again.
 */
export const scanRulesJob: Job = {
  name: 'automation-scan',
  everyMinutes: 5,
  async run(db, clock) {
    return scanRules(db, clock);
  },
};
